import TidingsParse

/// libFuzzer's entry point: one call per generated input.
///
/// The bytes go through everything a fetched document can reach: the feed facade, the JSON
/// renderer behind `tidings parse --json`, and the OPML reader (an OPML file is edited by hand and
/// can hold anything); and, as HTML fragments, through both of the sanitiser's readers. Each stage checks its invariants and traps on a violation, so libFuzzer
/// records the input exactly as it records a crash. Exported under libFuzzer's conventional C name
/// (hence `public`) so that any libFuzzer-compatible driver can run it; `FuzzMain` passes it to
/// libFuzzer's own driver.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FeedInvariants.check(bytes, contentType: FuzzContentType.pick(for: bytes))
    OPMLInvariants.check(bytes)
    HTMLInvariants.check(bytes)
    return 0
}
