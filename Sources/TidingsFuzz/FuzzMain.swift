import CLibFuzzer
import Foundation

/// Starts libFuzzer with this process's command line (`-max_total_time=…`, corpus folders…).
///
/// SwiftPM gives every executable its own `main`, so libFuzzer's is never linked; its driver is
/// called from here instead and runs `fuzzOneInput` on each input.
@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
        exit(status)
    }
}
