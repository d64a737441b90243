import Testing
import TidingsTestSupport

/// The test server's gzip encoder is only as good as its checksum and framing.
@Suite struct GzipTests {
    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(Gzip.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func emptyInputIsAFinalEmptyStoredBlock() {
        #expect(Gzip.stored([]) == [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255,
                                    1, 0, 0, 0xff, 0xff,
                                    0, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func inputLongerThanOneBlockIsSplit() {
        let output = Gzip.stored(Array(repeating: 7, count: 70_000))
        #expect(output.count == 10 + (5 + 65_535) + (5 + 4_465) + 8)
        #expect(output[10] == 0)  // first block is not final
        #expect(output[10 + 5 + 65_535] == 1)
    }
}
