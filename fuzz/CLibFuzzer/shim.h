// libFuzzer's driver entry point, for the TidingsFuzz target.
//
// SwiftPM links every executable with its own `main` (renamed from `<Module>_main` so that tests
// can import executables), which hides libFuzzer's `main`. TidingsFuzz therefore has a Swift
// `@main` that hands the command line to libFuzzer through this function, which the runtime of
// `-sanitize=fuzzer` (libclang_rt.fuzzer) exports. Nothing to link here: the sanitizer flag brings
// the library.
#ifndef TIDINGS_CLIBFUZZER_SHIM_H
#define TIDINGS_CLIBFUZZER_SHIM_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
