package org.metoodiffusion.view.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metoodiffusion.support.EmbeddedAppTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web viewer driven as a person would, in Debian's headless Chromium (never a downloaded
 * browser): it loads the seed story's cascade of Milano's tweet, searches @AnnaPaquin and checks the
 * influence path shown, moves the time slider back to the start and replays the spread with the
 * play button, and saves a screenshot to {@code target/viewer-e2e.png}. Skipped, saying why, on a
 * machine without {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them).
 */
class ViewerEndToEndTests extends EmbeddedAppTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver); "
                        + "the browser test needs /usr/bin/chromium and /usr/bin/chromedriver");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900",
                // WebGL without a GPU: Chromium's software rasteriser.
                "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void searchAnAccountSeeItsPathAndReplayTheSpread() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://127.0.0.1:" + port + "/?root=milano");
        wait.until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state"))
                || "error".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
        assertThat(text("status")).startsWith("Loaded 2 nodes and 1 edges of @Alyssa_Milano");
        assertThat(browser.findElements(By.cssSelector("#graph canvas"))).as("sigma's WebGL canvases").isNotEmpty();
        assertThat(text("metrics")).contains("structural virality");
        assertThat(text("top")).contains("@Alyssa_Milano");
        assertThat(browser.findElements(By.cssSelector("#links a"))).hasSizeGreaterThanOrEqualTo(7);
        for (String chart : new String[] {"adoption-chart", "sizes-chart"}) {
            // The side panel's charts load as images at the thumbnail size the viewer asks for.
            wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return document.querySelector('#" + chart + " img').naturalWidth")).intValue() == 600);
        }
        assertThat(browser.findElement(By.cssSelector("#sizes-chart img")).getAttribute("src"))
                .contains("/api/views/cascade-sizes.png?root=%23metoo");
        // The pictures' axis: time since the root, logarithmic, with its tick labels under the graph.
        assertThat(browser.findElements(By.cssSelector("#axis span"))).extracting(WebElement::getText).contains("0");
        screenshot("cascade.png");

        var account = browser.findElement(By.id("account"));
        account.sendKeys("@AnnaPaquin");
        browser.findElement(By.id("show-path")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#path li"), 2));
        var hops = browser.findElements(By.cssSelector("#path li"));
        assertThat(hops.get(0).getText()).startsWith("@Alyssa_Milano").contains("root");
        assertThat(hops.get(1).getText()).startsWith("@AnnaPaquin").contains("reply, +2 h 38 min");
        assertThat(hops.get(1).getAttribute("data-id")).isEqualTo("919699405009846272");
        assertThat(text("path-note")).startsWith("1 hop(s) from @Alyssa_Milano");
        assertThat(browser.findElement(By.cssSelector("#links a")).getAttribute("href")).contains("account=");
        screenshot("path.png");

        var slider = browser.findElement(By.id("time"));
        assertThat(visible()).isEqualTo("2");
        slider.sendKeys(Keys.HOME);
        wait.until(d -> "1".equals(visible()));
        assertThat(text("visible-count")).isEqualTo("1 of 2 nodes");
        browser.findElement(By.id("play")).click();
        assertThat(text("play")).contains("Pause");
        wait.until(d -> "1000".equals(slider.getAttribute("value")));
        assertThat(visible()).isEqualTo("2");
        assertThat(text("play")).contains("Play");

        var shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        var saved = Files.copy(shot.toPath(), Files.createDirectories(Path.of("target")).resolve("viewer-e2e.png"),
                StandardCopyOption.REPLACE_EXISTING);
        var image = ImageIO.read(saved.toFile());
        assertThat(image.getWidth()).isGreaterThan(800);
        assertThat(nonWhite(image, browser.findElement(By.id("graph")).getRect().getWidth())).isGreaterThan(50);
    }

    /** The adoption chart the side panel shows, opened on its own, as a reader would. */
    @Test
    void theAdoptionChartOpensFromTheSidePanel() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://127.0.0.1:" + port + "/?root=milano");
        wait.until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
        var chart = browser.findElement(By.cssSelector("#adoption-chart img")).getAttribute("src");
        browser.get(chart.replaceAll("width=\\d+", "width=1200").replaceAll("height=\\d+", "height=800"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.images.length ? document.images[0].naturalWidth : 0")).intValue() > 0);
        var image = ImageIO.read(screenshot("adoption.png").toFile());
        assertThat(image.getWidth()).isGreaterThan(800);
    }

    /** A screenshot of the browser's window, kept under target/viewer/ for a look. */
    private static Path screenshot(String name) throws Exception {
        var shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        return Files.copy(shot.toPath(), Files.createDirectories(Path.of("target", "viewer")).resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String visible() {
        return browser.findElement(By.id("visible-count")).getAttribute("data-visible");
    }

    /** Drawn pixels in the graph's area (left of the side panel). */
    private static long nonWhite(java.awt.image.BufferedImage image, int graphWidth) {
        long count = 0;
        for (int x = 0; x < Math.min(graphWidth, image.getWidth()); x += 2) {
            for (int y = 60; y < image.getHeight() - 80; y += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    count++;
                }
            }
        }
        return count;
    }

}
