package io.dramatis.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import io.dramatis.article.EntityType;

/**
 * The CoreNLP parts Dramatis uses, loaded once and shared by every extraction worker: the
 * tokenizer and sentence splitter, and one CRF model for people, organizations and locations.
 * Dates come from {@link DateExtractor}; SUTime alone cost five times the CRF here.
 */
public final class Annotators {

    /** The 3-class CRF (person, organization, location) trained on CoNLL, MUC, ACE and more. */
    public static final String DEFAULT_NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final StanfordCoreNLP tokenizer;
    private final CRFClassifier<CoreLabel> ner;

    private Annotators(StanfordCoreNLP tokenizer, CRFClassifier<CoreLabel> ner) {
        this.tokenizer = tokenizer;
        this.ner = ner;
    }

    public static Annotators load(String nerModel) {
        Properties tokenizing = new Properties();
        tokenizing.setProperty("annotators", "tokenize,ssplit");
        tokenizing.setProperty("tokenize.language", "en");
        // Paragraphs (blank lines) end sentences; single newlines inside tables do not.
        tokenizing.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(tokenizing, false);

        CRFClassifier<CoreLabel> ner;
        try (InputStream in = resource(nerModel)) {
            ner = CRFClassifier.getClassifier(new GZIPInputStream(in));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Could not load the NER model " + nerModel + ": " + e.getMessage(), e);
        }

        return new Annotators(tokenizer, ner);
    }

    private static InputStream resource(String path) {
        InputStream in = Annotators.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("The model file " + path + " is not on the classpath"));
        }
        return in;
    }

    /** The tokens and raw entity mentions of one text. Thread-safe. */
    public Annotated annotate(String text) {
        Annotation document = new Annotation(text);
        tokenizer.annotate(document);
        List<RawMention> mentions = new ArrayList<>();
        int tokenCount = 0;
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            tokenCount += tokens.size();
            collectMentions(tokens, ner.classifySentence(tokens), mentions);
        }
        return new Annotated(tokenCount, mentions);
    }

    private static void collectMentions(List<CoreLabel> tokens, List<CoreLabel> labelled, List<RawMention> out) {
        EntityType open = null;
        int start = 0;
        int end = 0;
        for (int i = 0; i < labelled.size(); i++) {
            EntityType type = typeOf(labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class));
            CoreLabel token = tokens.get(i);
            if (type != null && type == open) {
                end = token.endPosition();
                continue;
            }
            if (open != null) {
                out.add(new RawMention(open, start, end));
            }
            open = type;
            start = token.beginPosition();
            end = token.endPosition();
        }
        if (open != null) {
            out.add(new RawMention(open, start, end));
        }
    }

    private static EntityType typeOf(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }

    /** An entity mention as the model found it: a type and a span of the text. */
    public record RawMention(EntityType type, int start, int end) {
    }

    public record Annotated(int tokens, List<RawMention> mentions) {
    }
}
