package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dossier.testkit.HeadlessChromium;
import org.dossier.testkit.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Opens the rendered report in a real headless browser and clicks a citation through to its source words. */
class HtmlReportInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void clickingACitationOpensTheSourceWithTheSpanHighlighted() throws IOException {
        Path page = Renderers.forFormat("html").orElseThrow().render(SampleReports.strike(), tmp);
        ChromeDriver browser = HeadlessChromium.start(Files.createDirectories(tmp.resolve("profile")), 412, 915);
        try {
            browser.get(page.toUri().toString());
            assertEquals("Valmora port strike", browser.findElement(By.cssSelector("header.top h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("table.facts")).isDisplayed(), "fact table visible");
            assertFalse(browser.findElement(By.id("viewer")).isDisplayed());
            HeadlessChromium.screenshot(browser, Path.of("target/screenshots/sample-overview.png"));

            int start = SampleReports.A2_TEXT.indexOf("About 3,500 workers");
            WebElement cite = browser.findElement(By.cssSelector("a.cite[data-article='a2'][data-start='" + start + "']"));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", cite);
            cite.click();
            WebElement mark = new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#viewer mark.cited")));
            assertEquals("About 3,500 workers", mark.getText());
            assertTrue(browser.findElement(By.id("viewer-title")).getText().contains("Thousands strike at port"));
            HeadlessChromium.screenshot(browser, Path.of("target/screenshots/sample-source-view.png"));

            browser.findElement(By.id("viewer-close")).click();
            assertFalse(browser.findElement(By.id("viewer")).isDisplayed());

            int monday = SampleReports.A1_TEXT.indexOf("walked out on Monday");
            browser.get(page.toUri() + "#cite=a1:" + monday + "-" + (monday + 20));
            WebElement linked = new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#viewer mark.cited")));
            assertEquals("walked out on Monday", linked.getText(), "a #cite= link opens the cited words");
        } finally {
            browser.quit();
        }
    }
}
