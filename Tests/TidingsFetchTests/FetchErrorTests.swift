import Testing
import TidingsFetch

/// The sentences end up in `tidings` output and the feed's "last error"; these pin their wording.
@Suite struct FetchErrorTests {
    @Test(arguments: [
        (FetchError.unresolvedHost("example.com"), "could not resolve host example.com"),
        (.connectionRefused("127.0.0.1:8080"), "connection refused by 127.0.0.1:8080"),
        (.timedOut(after: .seconds(30)), "timed out after 30 s"),
        (.timedOut(after: .milliseconds(1500)), "timed out after 1.5 s"),
        (.connectTimedOut("example.com:443", after: .seconds(10)),
         "could not connect to example.com:443 within 10 s"),
        (.tlsCertificate("unable to get local issuer certificate"),
         "TLS certificate problem: unable to get local issuer certificate"),
        (.tooLarge(limit: 16 * 1024 * 1024), "response larger than 16 MB"),
        (.tooLarge(limit: 1000), "response larger than 1000 bytes"),
        (.tooManyRedirects(limit: 8), "too many redirects (more than 8)"),
        (.fileNotFound("/srv/feeds/a.xml"), "file not found: /srv/feeds/a.xml"),
        (.transferFailed("Weird server reply"), "transfer failed: Weird server reply"),
        (.cancelled, "fetch cancelled"),
    ])
    func describesItselfInOneSentence(error: FetchError, sentence: String) {
        #expect(error.description == sentence)
    }
}
