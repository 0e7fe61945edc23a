package org.junto.statuses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "hello world|11",
                "https://example.org/some/very/long/path/that/goes/on/and/on|23",
                "see https://a.org and https://b.org|55",
                "https://example.test is no link (unknown TLD)|45",
                "@alice hi|9",
                "@alice@remote.example hi|9",
                "👍🏽 ok|4",
                "👨‍👩‍👧‍👦|1",
                "日本語のテキスト|8"
            })
    void countsLengthAsMastodon(String text, int expected) {
        assertThat(TextParser.countedLength(TextParser.parse(text))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void countsACombiningSequenceAsOneCharacter() {
        assertThat(TextParser.countedLength(TextParser.parse("e\u0301"))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "hi @bob|bob|",
                "hi @bob@junto.test!|bob|junto.test",
                "(@bob_1)|bob_1|",
                "@a.b.c trailing|a.b.c|",
                "email me at bob@example.org|NONE|",
                "https://example.org/@bob|NONE|",
                "@" + "abcdefghij" + "abcdefghij" + "abcdefghij|abcdefghijabcdefghijabcdefghij|"
            })
    void findsMentions(String text, String username, String domain) {
        var mentions = TextParser.parse(text).mentions();
        if (username.equals("NONE")) {
            assertThat(mentions).isEmpty();
            return;
        }
        assertThat(mentions).hasSize(1);
        assertThat(mentions.getFirst().username()).isEqualTo(username);
        assertThat(mentions.getFirst().domain()).isEqualTo(domain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "#todo buy milk|todo",
                "Ünïcödé #Café|Café",
                "#日本語 tag|日本語",
                "x#notatag|NONE",
                "https://example.org/#anchor|NONE",
                "#123|NONE"
            })
    void findsHashtags(String text, String tag) {
        var tags = TextParser.parse(text).hashtags();
        if (tag.equals("NONE")) {
            assertThat(tags).isEmpty();
        } else {
            assertThat(tags).extracting(ParsedText.Hashtag::name).containsExactly(tag);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "go to https://example.org/path?q=1.|https://example.org/path?q=1",
                "(https://example.org/x)|https://example.org/x",
                "plain example.org is not linked|NONE"
            })
    void findsUrls(String text, String url) {
        var urls = TextParser.parse(text).urls();
        if (url.equals("NONE")) {
            assertThat(urls).isEmpty();
        } else {
            assertThat(urls).extracting(ParsedText.Url::url).containsExactly(url);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "!cyclists ride on|cyclists|true",
                "@cyclists ride on|cyclists|false",
                "(!team_1) go|team_1|true",
            })
    void readsBangHandlesAsGroupOnlyMentions(String text, String username, boolean groupOnly) {
        var mentions = TextParser.parse(text).mentions();
        assertThat(mentions).hasSize(1);
        assertThat(mentions.getFirst().username()).isEqualTo(username);
        assertThat(mentions.getFirst().groupOnly()).isEqualTo(groupOnly);
    }

    @org.junit.jupiter.api.Test
    void anExclamationInsideAWordIsNoMention() {
        assertThat(TextParser.parse("wow!great and hey!! there").mentions()).isEmpty();
    }
}
