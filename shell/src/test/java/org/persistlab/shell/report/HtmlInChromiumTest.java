package org.persistlab.shell.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.TestLab;

/**
 * The HTML reports of a real run and of the analysis of that run's capture, opened in headless
 * Chromium: no console message or failed request, every chart in the rendered DOM with its series,
 * and the charts' colours really painted in a screenshot.
 */
class HtmlInChromiumTest {
    @TempDir
    Path dir;

    @Test
    void theRunAndAnalysisReportsRenderWithTheirChartsAndNoErrors() throws Exception {
        Files.writeString(dir.resolve("small.scenario"), TestLab.SMALL_FILE);
        TestLab.Result run = TestLab.cli(dir, "run", "small.scenario", "--html", "run.html", "--pcap", "run.pcap");
        assertThat(run.status()).as(run.err()).isZero();
        TestLab.Result analysis = TestLab.cli(dir, "analyze", "run.pcap", "--html", "analysis.html");
        assertThat(analysis.status()).as(analysis.err()).isZero();

        // Run page: states (stacked), REGISTER/s (lines), latency CDF (step), calls per second (lines) and per
        // phase (bars).
        check("run.html", 5, new int[][] {{0x00, 0x72, 0xb2}, {0xd5, 0x5e, 0x00}, {0xe6, 0x9f, 0x00}});
        // Analysis page: states from the wire, latency CDF, REGISTER/s per registrar, call attempts per second.
        check("analysis.html", 4, new int[][] {{0x00, 0x72, 0xb2}, {0xd5, 0x5e, 0x00}});
    }

    private void check(String page, int charts, int[][] colours) throws Exception {
        Path html = dir.resolve(page);
        Path profile = Files.createDirectories(dir.resolve("profile-" + page));
        HeadlessChromium.Run dom = HeadlessChromium.run(profile, html, "--dump-dom");
        assertThat(dom.exitCode()).as(dom.stderr()).isZero();
        assertThat(dom.consoleMessages()).as(page + ": console").isEmpty();
        assertThat(count(dom.stdout(), "<svg class=\"chart\"")).as(page + ": charts in the DOM").isEqualTo(charts);
        assertThat(count(dom.stdout(), "class=\"series\"")).as(page + ": series drawn")
                .isGreaterThanOrEqualTo(charts);
        assertThat(dom.stdout()).doesNotContain("<parsererror");

        Path png = dir.resolve(page + ".png");
        HeadlessChromium.Run shot = HeadlessChromium.run(profile, html, "--window-size=1000,3200",
                "--screenshot=" + png);
        assertThat(shot.exitCode()).as(shot.stderr()).isZero();
        assertThat(shot.consoleMessages()).as(page + ": console").isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        for (int[] c : colours) {
            // Legend swatches are 14 x 14 = 196 pixels; a drawn area or line has many more.
            assertThat(pixels(image, c)).as(page + ": pixels of #%02x%02x%02x", c[0], c[1], c[2])
                    .isGreaterThan(1000);
        }
        String source = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(source.toLowerCase()).doesNotContain("<script").doesNotContain("http:").doesNotContain("https:");
    }

    private static int pixels(BufferedImage image, int[] rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - rgb[0]) <= 3 && Math.abs(((p >> 8) & 0xff) - rgb[1]) <= 3
                        && Math.abs((p & 0xff) - rgb[2]) <= 3) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
