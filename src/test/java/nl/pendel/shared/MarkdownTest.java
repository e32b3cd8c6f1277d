package nl.pendel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t\n"})
    void null_and_blank_input_render_as_empty_text(String markdown) {
        assertThat(Markdown.toHtml(markdown)).isEmpty();
        assertThat(Markdown.toPlainText(markdown)).isEmpty();
    }

    @Test
    void emphasis_lists_and_links_are_rendered() {
        String html = Markdown.toHtml("""
                Dit is *schuin* en **vet**.

                - een
                - twee

                1. eerst
                2. dan

                Zie [de site](https://example.org/pad?a=1&b=2 "Titel") en `code`.
                """);

        assertThat(html).contains("<em>schuin</em>", "<strong>vet</strong>", "<code>code</code>");
        assertThat(html).contains("<ul>\n<li>een</li>\n<li>twee</li>\n</ul>");
        assertThat(html).contains("<ol>\n<li>eerst</li>\n<li>dan</li>\n</ol>");
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://example.org/pad?a=1&b=2");
        assertThat(link.attr("title")).isEqualTo("Titel");
        assertThat(link.text()).isEqualTo("de site");
    }

    @Test
    void links_open_in_a_new_tab_without_passing_on_referrer_or_ranking() {
        Element link = Jsoup.parseBodyFragment(Markdown.toHtml("[x](https://example.org)"))
                .selectFirst("a");

        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
        assertThat(link.attr("target")).isEqualTo("_blank");
    }

    @Test
    void bare_web_addresses_become_safe_links() {
        Element link = Jsoup.parseBodyFragment(Markdown.toHtml("Kijk op https://www.example.org/wijk vandaag."))
                .selectFirst("a");

        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://www.example.org/wijk");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
    }

    @Test
    void mailto_and_relative_links_are_kept() {
        Document doc = Jsoup.parseBodyFragment(Markdown.toHtml("[mail](mailto:a@example.org) [cursus](/cursus/12)"));

        assertThat(doc.select("a").eachAttr("href")).containsExactly("mailto:a@example.org", "/cursus/12");
    }

    @Test
    void tables_are_rendered() {
        String html = Markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n");

        assertThat(html).contains("<table>", "<th>a</th>", "<td>2</td>");
    }

    @Test
    void script_tag_is_shown_as_text_not_run() {
        String html = Markdown.toHtml("Hallo <script>alert('x')</script> daar");

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(Jsoup.parseBodyFragment(html).text()).contains("<script>alert('x')</script>");
    }

    @Test
    void html_block_is_shown_as_text() {
        String html = Markdown.toHtml(
                "<div onclick=\"alert(1)\">\n\n*tekst*\n\n</div>\n\n<iframe src=\"https://evil\"></iframe>");

        assertThat(html).doesNotContain("<div", "<iframe").contains("&lt;div onclick=", "&lt;iframe");
        assertSafe(html);
    }

    @Test
    void javascript_link_loses_its_address_but_keeps_its_text() {
        String html = Markdown.toHtml("[x](javascript:alert(1))");

        assertThat(html).doesNotContainIgnoringCase("javascript").doesNotContain("<a");
        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("x");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](vbscript:msgbox(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](java&#x09;script:alert(1))",
                "[x](<java\tscript:alert(1)>)",
                "[x](%6Aavascript:alert(1))",
                "[x](file:///etc/passwd)",
                "<javascript:alert(1)>",
                "[x][r]\n\n[r]: javascript:alert(1)",
            })
    void dangerous_link_schemes_are_dropped(String markdown) {
        String html = Markdown.toHtml(markdown);

        Document doc = Jsoup.parseBodyFragment(html);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href").replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
            assertThat(href)
                    .doesNotStartWith("javascript:")
                    .doesNotStartWith("data:")
                    .doesNotStartWith("vbscript:");
            assertThat(href).doesNotStartWith("file:");
        }
        assertSafe(html);
    }

    @Test
    void img_tag_with_onerror_is_shown_as_text() {
        String html = Markdown.toHtml("<img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Jsoup.parseBodyFragment(html).select("img")).isEmpty();
    }

    @Test
    void image_becomes_a_link_labelled_with_its_alt_text() {
        String html = Markdown.toHtml("![Het *wijkteam*](https://example.org/foto.png \"Foto\")");

        assertThat(html).doesNotContain("<img");
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/foto.png");
        assertThat(link.text()).isEqualTo("Het wijkteam");
        assertThat(link.attr("title")).isEqualTo("Foto");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
        assertThat(link.attr("target")).isEqualTo("_blank");
    }

    @Test
    void image_with_a_dangerous_address_keeps_only_its_alt_text() {
        String html = Markdown.toHtml("![alt](javascript:alert(1))");

        assertThat(html).isEqualTo("<p>alt</p>\n");
    }

    @Test
    void image_inside_a_link_does_not_nest_links() {
        Document doc = Jsoup.parseBodyFragment(
                Markdown.toHtml("[![badge](https://example.org/b.svg)](https://example.org/project)"));

        assertThat(doc.select("a")).hasSize(1);
        assertThat(doc.selectFirst("a").attr("href")).isEqualTo("https://example.org/project");
        assertThat(doc.selectFirst("a").text()).isEqualTo("badge");
    }

    @Test
    void headings_are_shifted_down_two_levels() {
        String html = Markdown.toHtml("# Een\n\n## Twee\n\n### Drie\n\n#### Vier\n\n###### Zes\n\nSetext\n===");

        assertThat(html)
                .contains("<h3>Een</h3>", "<h4>Twee</h4>", "<h5>Drie</h5>", "<h6>Vier</h6>", "<h6>Zes</h6>")
                .contains("<h3>Setext</h3>")
                .doesNotContain("<h1>", "<h2>");
    }

    @Test
    void link_title_cannot_break_out_of_its_attribute() {
        String html = Markdown.toHtml("[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")"
                + " [y](https://example.org 'b\" onclick=\"alert(2)')"
                + " [z](<https://example.org/\" onfocus=\"alert(3)>)");

        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a")).hasSize(3);
        for (Element a : doc.select("a")) {
            assertThat(a.attributes().asList())
                    .extracting(Attribute::getKey)
                    .isSubsetOf("href", "title", "rel", "target");
        }
        assertThat(doc.select("a").get(0).attr("title")).isEqualTo("a\" onmouseover=\"alert(1)");
        assertSafe(html);
    }

    static List<String> owaspVectors() {
        return List.of(
                "<script>alert('XSS')</script>",
                "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=javascript:alert('XSS')>",
                "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
                "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
                "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
                "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
                "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
                "<iframe src=http://xss.example/scriptlet.html <",
                "<svg/onload=alert('XSS')>",
                "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
                "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
                "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
                "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
                "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
                "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
                "<a href=\"javascript:alert(1)\">klik</a>",
                "<details open ontoggle=alert(1)>",
                "[klik](javascript:alert(1))",
                "[klik](javascript://%0Aalert(1))",
                "[klik](  javascript:alert(1)  )",
                "![x](javascript:alert(1))",
                "![x\" onerror=\"alert(1)](https://example.org/a.png)",
                "[a](https://example.org/\"onmouseover=\"alert(1))",
                "`<script>alert(1)</script>`",
                "    <script>alert(1)</script>",
                "```html\n<script>alert(1)</script>\n```",
                "<!-- <script>alert(1)</script> -->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<?php echo '<script>alert(1)</script>'; ?>",
                "| <script>alert(1)</script> | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<form action=javascript:alert(1)><button>x</button></form>");
    }

    @ParameterizedTest
    @MethodSource("owaspVectors")
    void owasp_xss_vectors_come_out_harmless(String vector) {
        String html = Markdown.toHtml(vector);

        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(html).doesNotContainIgnoringCase("<img");
        assertThat(html).doesNotContainIgnoringCase("<iframe");
        assertThat(html).doesNotContainIgnoringCase("<svg");
        assertThat(html).doesNotContainIgnoringCase("<style");
        assertThat(html).as("event handler inside a tag").doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=");
        assertThat(html).doesNotContainPattern("(?i)href\\s*=\\s*\"\\s*javascript:");
        assertSafe(html);
    }

    @Test
    void very_long_input_is_truncated_instead_of_failing() {
        String huge = "woord ".repeat(100_000);

        String html = Markdown.toHtml(huge);

        assertThat(html).startsWith("<p>woord woord").contains("…");
        assertThat(html.length()).isLessThan(Markdown.MAX_INPUT_CHARS + 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {">", "*", "[", "- ", "`", "_", "![", "<", "\\"})
    void pathological_nesting_does_not_blow_up(String unit) {
        String html = Markdown.toHtml(unit.repeat(50_000) + " tekst");

        assertThat(html).isNotEmpty();
        assertSafe(html);
    }

    @Test
    void plain_text_has_no_markup() {
        String text = Markdown.toPlainText("""
                # Kop

                Dit is **vet** en <b>html</b>, met [een link](https://example.org).

                - punt
                """);

        assertThat(text).isEqualTo("Kop\nDit is vet en <b>html</b>, met een link (https://example.org).\n- punt");
        assertThat(text).doesNotContain("**", "# ", "](");
    }

    @Test
    void plain_text_does_not_repeat_dangerous_addresses() {
        String text = Markdown.toPlainText("[klik](javascript:alert(1)) ![foto](https://example.org/a.png)");

        assertThat(text).isEqualTo("klik foto (https://example.org/a.png)");
    }

    @Test
    void plain_text_leaves_out_relative_addresses() {
        assertThat(Markdown.toPlainText("Zie [de cursus](/cursus/12).")).isEqualTo("Zie de cursus.");
    }

    @Test
    void plain_text_of_a_bare_address_shows_it_once() {
        assertThat(Markdown.toPlainText("Zie https://example.org/wijk en <https://example.org/x> of a@example.org"))
                .isEqualTo("Zie https://example.org/wijk en https://example.org/x of a@example.org");
    }

    @Test
    void rendering_is_thread_safe() throws Exception {
        String markdown = "# Kop\n\n*a* [b](https://example.org) ![c](https://example.org/c.png)\n";
        String expected = Markdown.toHtml(markdown);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results =
                    pool.invokeAll(java.util.Collections.nCopies(200, () -> Markdown.toHtml(markdown)));
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Parses the output as a browser would and checks that nothing in it can run script or load anything. */
    private static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img, iframe, object, embed, svg, math, style, link, meta, form, input, base"))
                .as("dangerous elements in %s", html)
                .isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as("event handler in %s", html).doesNotStartWith("on");
                assertThat(key).as("style in %s", html).isNotEqualTo("style");
                if (key.equals("href") || key.equals("src")) {
                    String value = attribute
                            .getValue()
                            .replaceAll("[\\s\\x00-\\x1f]", "")
                            .toLowerCase(Locale.ROOT);
                    assertThat(value).as("href in %s", html).matches("(https?:|mailto:|/|#|[^:]*$).*");
                }
            }
        }
    }
}
