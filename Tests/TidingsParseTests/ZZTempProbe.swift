import Foundation
import Testing
import TidingsParse

@Test func zzProbe() {
    var text = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Big</title><link>https://e.example/</link>"
    for index in 0..<5000 {
        text += "<item><title>Item \(index) &amp; caf&eacute;</title><link>https://e.example/\(index)</link><guid>https://e.example/\(index)</guid><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate><description>&lt;p&gt;Para \(index) with &lt;b&gt;markup&lt;/b&gt;&lt;/p&gt;</description><content:encoded><![CDATA[<p>Some longer content for item \(index) that goes on for a while, repeated. Some longer content for item that goes on for a while.</p>]]></content:encoded></item>"
    }
    text += "</channel></rss>"
    let bytes = Array(text.utf8)
    let start = ContinuousClock.now
    let feed = FeedParser.parse(bytes, url: nil, contentType: nil)
    let parsed = ContinuousClock.now - start
    let json = ParseJSON.render(feed, pretty: true)
    print("PROBE", bytes.count, feed.entries.count, parsed, ContinuousClock.now - start, json.utf8.count)
}
