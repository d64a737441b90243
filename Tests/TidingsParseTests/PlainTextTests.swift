import Testing
import TidingsParse

@Suite struct PlainTextTests {
    @Test(arguments: [
        ("<p>Hello <b>world</b></p>", "Hello world"),
        ("Caf&eacute; &amp; cr&#232;me &#x2014; fine", "Café & crème — fine"),
        ("  lots \n\t of   space  ", "lots of space"),
        ("<p>one</p><p>two</p>", "one two"),
        ("line<br/>break", "line break"),
        ("in<em>line</em>", "inline"),
        ("a < b and c > d", "a < b and c > d"),
        ("<script>alert('x')</script>Visible<style>p{}</style>", "Visible"),
        ("<!-- a comment -->Text", "Text"),
        ("&lt;b&gt;escaped tags stay text&lt;/b&gt;", "<b>escaped tags stay text</b>"),
        ("non&nbsp;breaking", "non breaking"),
        ("AT&T and &unknown; stay", "AT&T and &unknown; stay"),
        ("<img src=\"x.png\" alt=\"\">", ""),
        ("unclosed <b", "unclosed"),
    ])
    func strips(_ html: String, _ expected: String) {
        #expect(PlainText.fromHTML(html) == expected)
    }
}
