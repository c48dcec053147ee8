package io.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.dramatis.testsupport.Browser;
import io.dramatis.testsupport.Operator;
import io.dramatis.testsupport.SampleCorpus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The pages in real headless Chromium: what a reader clicks, and what they see after. */
@QuarkusTest
class BrowserTest {

    @TestHTTPResource("/")
    URI root;

    private Browser browser;
    private WebDriver page;

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 900);
        page = browser.driver();
        SampleCorpus.load();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private void go(String path) {
        page.get(root.resolve(path).toString());
    }

    private long total() {
        return Long.parseLong(page.findElement(By.cssSelector(".total")).getText().replaceAll("[^0-9].*", "")
                .replace(",", ""));
    }

    private String param(String name) {
        String query = URI.create(page.getCurrentUrl()).getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (URLDecoder.decode(parts[0], StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void searchesNarrowsByAFacetAndRemovesTheChipAgain() {
        go("/");
        page.findElement(By.id("q")).sendKeys("oil" + Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("q=oil"));
        long all = total();
        assertThat(all).isPositive();
        assertThat(page.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        browser.screenshot("search");

        WebElement value = page.findElement(By.cssSelector(".facet.location li .value"));
        String place = value.getText();
        long shown = Long.parseLong(value.findElement(By.xpath("following-sibling::span[@class='count']")).getText());
        value.click();
        browser.waiting().until(ExpectedConditions.urlContains("location="));
        assertThat(param("location")).isEqualTo(place);
        assertThat(total()).as("the count the facet showed").isEqualTo(shown).isLessThanOrEqualTo(all);
        List<WebElement> chips = page.findElements(By.cssSelector(".chips .chip"));
        assertThat(chips).singleElement().extracting(WebElement::getText).asString().contains(place);
        browser.screenshot("search-facet");

        page.findElement(By.cssSelector(".chip .chip-remove")).click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("location=")));
        assertThat(page.findElements(By.cssSelector(".chips .chip"))).isEmpty();
        assertThat(total()).isEqualTo(all);
        page.navigate().back();
        browser.waiting().until(ExpectedConditions.urlContains("location="));
        assertThat(total()).as("the back button restores the filtered page").isEqualTo(shown);
    }

    @Test
    void opensAnArticleAndFollowsAMarkToItsActor() {
        go("/?q=Khalilzad");
        page.findElement(By.cssSelector(".hit h2 a")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/articles/"));
        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Peace talks begin today");
        List<WebElement> marks = page.findElements(By.cssSelector(".body a.mention"));
        assertThat(marks).hasSizeGreaterThan(40);
        assertThat(page.findElements(By.cssSelector(".legend .mention"))).hasSize(4);
        browser.screenshot("article");

        WebElement mark = page.findElement(By.cssSelector(".body a.mention.person"));
        String person = mark.getAttribute("title").replaceFirst("^person: ", "");
        mark.click();
        browser.waiting().until(ExpectedConditions.urlContains("person="));
        assertThat(param("person")).isEqualTo(person);
        assertThat(total()).isPositive();
        assertThat(page.findElement(By.cssSelector(".chips")).getText()).contains(person);
        browser.screenshot("search-by-actor");
    }

    @Test
    void completesActorNamesByKeyboard() {
        go("/");
        WebElement box = page.findElement(By.id("q"));
        box.sendKeys("khalil");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-actors li")));
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.findElement(By.cssSelector("#q-actors li")).getText()).contains("Zalmay Khalilzad");
        browser.screenshot("autocomplete");
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("q-actor-0");
        box.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("person="));
        assertThat(param("person")).isEqualTo("Zalmay Khalilzad");
        assertThat(total()).isEqualTo(1);
    }

    @Test
    void showsAnActorsPageAndTheImportPage() {
        go("/entities/organization/OPEC");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("OPEC");
        assertThat(page.findElements(By.cssSelector(".timeline rect.bar"))).isNotEmpty();
        assertThat(page.findElements(By.cssSelector(".together li"))).isNotEmpty();
        browser.screenshot("entity");
        go("/import");
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        browser.screenshot("sign-in");
        page.findElement(By.id("j_username")).sendKeys(Operator.NAME);
        page.findElement(By.id("j_password")).sendKeys(Operator.PASSWORD + Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("/import"));
        assertThat(page.findElement(By.cssSelector("label[for=files]")).getText()).isEqualTo("Files to import");
        assertThat(page.findElement(By.cssSelector(".account .who")).getText()).isEqualTo(Operator.NAME);
        browser.screenshot("import");
    }

    @Test
    void fitsAPhoneScreen() {
        browser.close();
        browser = Browser.open(375, 812);
        page = browser.driver();
        go("/?q=oil");
        Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) page)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("no sideways scrolling").isLessThanOrEqualTo(375L);
        browser.screenshot("search-phone");
    }
}
