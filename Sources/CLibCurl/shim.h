// Typed wrappers for libcurl's variadic functions and macros, which Swift cannot call or import.
#ifndef TIDINGS_CLIBCURL_SHIM_H
#define TIDINGS_CLIBCURL_SHIM_H
#include <curl/curl.h>

#endif
