package io.dramatis.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.dramatis.article.EntityType;

/**
 * Turns what the model found into one name per actor, within an article and across articles:
 *
 * <ul>
 * <li>titles and possessives are not part of a name ("General Qamar Javed Bajwa", "Bajwa's");</li>
 * <li>pronouns are never entities;</li>
 * <li>a partial name resolves to the full name it refers to ("Khalilzad" and "Zalmay Khalilzad",
 *     "Zabihullah" and "Zabihullah Mujahid"), also when the model typed the partial name wrongly;</li>
 * <li>an acronym the article defines joins its expansion ("IEA (Islamic Emirate of Afghanistan)",
 *     "General Headquarters (GHQ)");</li>
 * <li>company forms do not split a company ("Texaco Inc" is "Texaco");</li>
 * <li>the alias table merges variants across articles ("US", "U.S." and "America" are the United
 *     States), and may correct the type.</li>
 * </ul>
 *
 * Pure logic over the text and the model's spans, so that every rule is tested on its own.
 */
public final class MentionResolver {

    /** The actor a name resolved within an article stands for across articles. */
    public record Canonical(EntityType type, String name) {
    }

    /** A mention as found, before resolution. */
    public record Candidate(EntityType type, int start, int end) {
    }

    /**
     * A resolved mention: its actor ({@code type}, {@code name}), the name it had within the
     * article before the alias table ({@code localType}, {@code localName}), and where it is.
     */
    public record Resolved(EntityType type, String name, EntityType localType, String localName, String surface,
            int start, int end) {
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
            "dame", "lord", "lady", "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain",
            "capt", "commander", "cmdr", "admiral", "adm", "sergeant", "sgt", "marshal", "brigadier", "president",
            "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator", "sen", "representative",
            "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice", "king", "queen",
            "prince", "princess", "emperor", "sheikh", "sheik", "emir", "ayatollah", "mullah", "imam", "pope",
            "cardinal", "archbishop", "bishop", "reverend", "rev", "father", "chairman", "chairwoman", "chief",
            "spokesman", "spokeswoman", "ambassador", "envoy", "deputy", "acting", "former", "late", "mr.", "mrs.",
            "ms.", "dr.", "gen.", "col.", "lt.", "maj.", "capt.", "sen.", "rep.", "gov.", "rev.", "st.", "saint");
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "you", "your", "yours", "he", "him",
            "his", "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs",
            "who", "whom", "whose", "himself", "herself", "itself", "themselves", "one", "someone");
    private static final Set<String> COMPANY_FORMS = Set.of("co", "corp", "inc", "ltd", "plc", "llc", "ag", "sa",
            "nv", "bv", "gmbh", "spa", "cos", "lp", "llp", "pty", "bhd", "kk", "ab", "as", "oy", "srl", "sarl");
    private static final Set<String> ACRONYM_GLUE = Set.of("of", "the", "and", "for", "&", "in", "on", "de", "du",
            "des", "la", "le", "del", "der", "von", "al", "el");
    /** "General Headquarters (GHQ)", and the wire's "The Commodity Credit Corporation, CCC, said". */
    private static final Pattern ACRONYM_AFTER = Pattern.compile(
            "\\(\\s*([A-Z][A-Za-z&.]{1,11}?)\\s*\\)|,\\s*([A-Z][A-Z&.]{1,11})\\s*,");
    private static final Pattern ACRONYM_BEFORE = Pattern.compile(
            "(?<![\\p{L}])([A-Z][A-Z&.]{1,11})\\s*\\(\\s*([\\p{Lu}][^()]{3,120}?)\\s*\\)");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’.\\-]*");

    private final AliasTable aliases;

    public MentionResolver(AliasTable aliases) {
        this.aliases = aliases;
    }

    /**
     * @param text the article's body, which offsets point into
     * @param modelText the same text as the model read it (the same length: only case and symbols differ),
     *     from which names are taken
     */
    public List<Resolved> resolve(String text, String modelText, List<Candidate> candidates,
            List<DateExtractor.FoundDate> dates) {
        List<Local> locals = new ArrayList<>();
        for (Candidate candidate : candidates) {
            clean(text, modelText, candidate).ifPresent(locals::add);
        }
        joinDefinedAcronyms(text, modelText, locals);
        resolvePartialNames(locals);
        List<Resolved> resolved = new ArrayList<>();
        for (Local local : locals) {
            Canonical canonical = canonical(local.type, local.name);
            resolved.add(new Resolved(canonical.type(), canonical.name(), local.type, local.name,
                    text.substring(local.start, local.end), local.start, local.end));
        }
        for (DateExtractor.FoundDate date : dates) {
            resolved.add(new Resolved(EntityType.DATE, date.value(), EntityType.DATE, date.value(),
                    text.substring(date.start(), date.end()), date.start(), date.end()));
        }
        return withoutOverlaps(resolved);
    }

    /** What the alias table makes of a name; a name it does not list stands for itself. */
    public Canonical canonical(EntityType localType, String localName) {
        if (localType == EntityType.DATE) {
            return new Canonical(localType, localName);
        }
        return aliases.lookup(localName)
                .filter(alias -> alias.type() != EntityType.DATE)
                .map(alias -> new Canonical(alias.type(), alias.name()))
                .orElse(new Canonical(localType, localName));
    }

    /** A mention within the article, as its name is being worked out. */
    private static final class Local {
        EntityType type;
        String name;
        final int start;
        final int end;

        Local(EntityType type, String name, int start, int end) {
            this.type = type;
            this.name = name;
            this.start = start;
            this.end = end;
        }

        List<String> tokens() {
            return List.of(name.split(" "));
        }
    }

    /** Drops titles, possessives, a leading "the", company forms; refuses pronouns and noise. */
    private static Optional<Local> clean(String text, String modelText, Candidate candidate) {
        int start = candidate.start();
        int end = candidate.end();
        List<int[]> words = words(modelText, start, end);
        int first = 0;
        int last = words.size() - 1;
        if (candidate.type() == EntityType.PERSON) {
            while (first < last && TITLES.contains(word(modelText, words.get(first)))) {
                first++;
            }
        } else if (first < last && word(modelText, words.get(first)).equals("the")) {
            first++;
        }
        if (candidate.type() == EntityType.ORGANIZATION) {
            while (last > first && COMPANY_FORMS.contains(word(modelText, words.get(last)).replace(".", ""))) {
                last--;
            }
        }
        if (words.isEmpty() || first > last) {
            return Optional.empty();
        }
        start = words.get(first)[0];
        end = words.get(last)[1];
        // "Bajwa's", "Zabihullah’": the possessive is not part of the name.
        String span = modelText.substring(start, end);
        Matcher possessive = POSSESSIVE.matcher(span);
        if (possessive.find() && possessive.start() > 0) {
            end = start + possessive.start();
        }
        String name = balanced(modelText.substring(start, end).replaceAll("\\s+", " ").replaceAll("[,;:]+$", ""));
        if (name.length() < 2 || isPronoun(name) || name.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(new Local(candidate.type(), name, start, end));
    }

    /** "(Strategic Petroleum) Reserve" cut by the model as "Petroleum) Reserve" reads "Petroleum Reserve". */
    static String balanced(String name) {
        if (name.chars().filter(c -> c == '(').count() == name.chars().filter(c -> c == ')').count()) {
            return name;
        }
        return name.replaceAll("[()]", "").replaceAll("\\s+", " ").strip();
    }

    /** "he", "His", "them"; not "US" or "IT", which capitals make names. */
    private static boolean isPronoun(String name) {
        return PRONOUNS.contains(name.toLowerCase(Locale.ROOT)) && !name.equals(name.toUpperCase(Locale.ROOT));
    }

    private static List<int[]> words(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text).region(start, end);
        while (matcher.find()) {
            words.add(new int[] {matcher.start(), matcher.end()});
        }
        return words;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    /**
     * "Expansion (ACR)" and "ACR (Expansion)": every mention of the acronym takes the expansion's
     * name, and the expansion becomes a mention of its own when the model missed it.
     */
    private void joinDefinedAcronyms(String text, String modelText, List<Local> locals) {
        Map<String, Definition> definitions = new LinkedHashMap<>();
        Matcher after = ACRONYM_AFTER.matcher(modelText);
        while (after.find()) {
            String acronym = after.group(1) != null ? after.group(1) : after.group(2);
            expansionBefore(modelText, after.start(), letters(acronym))
                    .ifPresent(span -> definitions.putIfAbsent(acronym, new Definition(span[0], span[1])));
        }
        Matcher before = ACRONYM_BEFORE.matcher(modelText);
        while (before.find()) {
            String acronym = before.group(1);
            String inside = before.group(2);
            if (initials(inside).equals(letters(acronym))) {
                definitions.putIfAbsent(acronym, new Definition(before.start(2), before.end(2)));
            }
        }
        for (Map.Entry<String, Definition> definition : definitions.entrySet()) {
            String acronym = definition.getKey();
            int start = definition.getValue().start();
            int end = definition.getValue().end();
            String expansion = modelText.substring(start, end).replaceAll("\\s+", " ");
            Optional<Local> expansionMention = locals.stream()
                    .filter(l -> l.start == start && l.end == end).findFirst();
            List<Local> acronymMentions = locals.stream()
                    .filter(l -> l.name.equals(acronym) || l.name.equals(acronym.replace(".", ""))).toList();
            EntityType type = expansionMention.map(l -> l.type)
                    .orElse(acronymMentions.isEmpty() ? null : acronymMentions.get(0).type);
            if (type == null) {
                continue;
            }
            acronymMentions.forEach(l -> {
                l.name = expansion;
                l.type = type;
            });
            if (expansionMention.isEmpty()) {
                locals.removeIf(l -> l.start >= start && l.end <= end);
                locals.add(new Local(type, expansion, start, end));
            } else {
                expansionMention.get().name = expansion;
            }
        }
    }

    private record Definition(int start, int end) {
    }

    /** The capitalised words right before {@code at} whose initials spell the acronym, if any. */
    private static Optional<int[]> expansionBefore(String text, int at, String acronym) {
        List<int[]> words = words(text, Math.max(0, at - 200), at);
        StringBuilder initials = new StringBuilder();
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            if (ACRONYM_GLUE.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return Optional.empty();
            }
            initials.insert(0, initialsOf(word));
            String spelled = initials.toString();
            if (spelled.equals(acronym)) {
                return Optional.of(new int[] {words.get(i)[0], words.get(words.size() - 1)[1]});
            }
            if (!acronym.endsWith(spelled)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String initials(String phrase) {
        StringBuilder initials = new StringBuilder();
        for (String word : phrase.split("\\s+")) {
            if (!word.isEmpty() && !ACRONYM_GLUE.contains(word.toLowerCase(Locale.ROOT))) {
                initials.append(initialsOf(word));
            }
        }
        return initials.toString();
    }

    /** "Inter-Services" spells "IS"; "Co-operation" spells "C". */
    private static String initialsOf(String word) {
        StringBuilder initials = new StringBuilder();
        for (String part : word.split("-")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                initials.append(part.charAt(0));
            }
        }
        return initials.isEmpty() ? word.substring(0, 1).toUpperCase(Locale.ROOT) : initials.toString();
    }

    private static String letters(String acronym) {
        return acronym.replaceAll("[^A-Z]", "");
    }

    /**
     * A person named in part ("Khalilzad", "Zabihullah") is the one named in full in the same
     * article, when only one full name fits. The model sometimes types a lone surname as a place
     * or an organization; it is the person all the same.
     */
    private static void resolvePartialNames(List<Local> locals) {
        List<String> fullNames = locals.stream()
                .filter(l -> l.type == EntityType.PERSON && l.tokens().size() >= 2)
                .map(l -> l.name)
                .distinct()
                .sorted(Comparator.comparingInt((String n) -> -n.split(" ").length))
                .toList();
        Map<String, String> resolvedShort = new HashMap<>();
        for (Local local : locals) {
            if (local.type == EntityType.DATE || fullNames.contains(local.name)) {
                continue;
            }
            String full = resolvedShort.computeIfAbsent(local.type + "\t" + local.name,
                    key -> fullNameFor(local, fullNames));
            if (!full.isEmpty()) {
                local.name = full;
                local.type = EntityType.PERSON;
            }
        }
    }

    /** The one full name this mention is part of, or "" when none or several fit. */
    private static String fullNameFor(Local local, List<String> fullNames) {
        List<String> tokens = local.tokens();
        List<String> fits = new ArrayList<>();
        for (String full : fullNames) {
            List<String> fullTokens = List.of(full.split(" "));
            if (tokens.size() >= fullTokens.size()) {
                continue;
            }
            boolean partOfIt = local.type == EntityType.PERSON
                    ? isSubsequence(tokens, fullTokens)
                    : tokens.size() == 1 && tokens.get(0).equals(fullTokens.get(fullTokens.size() - 1));
            if (partOfIt) {
                fits.add(full);
            }
        }
        // Several full names fit: take the longest only if it contains all the others.
        if (fits.isEmpty()) {
            return "";
        }
        String longest = fits.get(0);
        boolean allInLongest = fits.stream().allMatch(f -> isSubsequence(List.of(f.split(" ")),
                List.of(longest.split(" "))));
        return allInLongest ? longest : "";
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String token : whole) {
            if (i < part.size() && part.get(i).equals(token)) {
                i++;
            }
        }
        return i == part.size();
    }

    /** Where spans overlap, the longer (then the earlier) keeps its place. */
    private static List<Resolved> withoutOverlaps(List<Resolved> mentions) {
        List<Resolved> byLength = new ArrayList<>(mentions);
        byLength.sort(Comparator.comparingInt((Resolved m) -> m.start() - m.end()).thenComparingInt(Resolved::start));
        List<Resolved> kept = new ArrayList<>();
        for (Resolved mention : byLength) {
            if (kept.stream().noneMatch(k -> k.start() < mention.end() && mention.start() < k.end())) {
                kept.add(mention);
            }
        }
        kept.sort(Comparator.comparingInt(Resolved::start));
        return kept;
    }
}
