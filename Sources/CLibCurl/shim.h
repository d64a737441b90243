// Typed wrappers for libcurl's variadic functions and macros, which Swift cannot call or import.
// Each wrapper fixes the argument type the option expects, so Swift passes the right C type.
#ifndef TIDINGS_CLIBCURL_SHIM_H
#define TIDINGS_CLIBCURL_SHIM_H
#include <curl/curl.h>

// MARK: - Global

/// `CURL_GLOBAL_DEFAULT` is a macro built from other macros; Swift does not import it.
static inline long tidings_curl_global_default(void) { return CURL_GLOBAL_DEFAULT; }

// MARK: - curl_easy_setopt

/// The shape of `CURLOPT_WRITEFUNCTION` and `CURLOPT_HEADERFUNCTION` callbacks.
typedef size_t (*tidings_curl_data_callback)(char *data, size_t size, size_t count, void *user);

/// Options of type `long` (flags, counts, timeouts in milliseconds).
static inline CURLcode tidings_easy_setopt_long(CURL *easy, CURLoption option, long value) {
    return curl_easy_setopt(easy, option, value);
}

/// Options of type `curl_off_t` (the `_LARGE` sizes).
static inline CURLcode tidings_easy_setopt_off_t(CURL *easy, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(easy, option, value);
}

/// Options of type `char *`; libcurl copies the string.
static inline CURLcode tidings_easy_setopt_string(CURL *easy, CURLoption option, const char *value) {
    return curl_easy_setopt(easy, option, value);
}

/// Options of object-pointer type (user data, `curl_slist *`, the error buffer); libcurl keeps the
/// pointer, so the caller keeps the pointee alive until the handle is cleaned up.
static inline CURLcode tidings_easy_setopt_pointer(CURL *easy, CURLoption option, void *value) {
    return curl_easy_setopt(easy, option, value);
}

/// Options that take a write or header callback.
static inline CURLcode tidings_easy_setopt_data_callback(
    CURL *easy, CURLoption option, tidings_curl_data_callback callback) {
    return curl_easy_setopt(easy, option, callback);
}

// MARK: - curl_easy_getinfo

static inline CURLcode tidings_easy_getinfo_long(CURL *easy, CURLINFO info, long *out) {
    return curl_easy_getinfo(easy, info, out);
}

/// The string stays owned by the handle; copy it before the handle goes away.
static inline CURLcode tidings_easy_getinfo_string(CURL *easy, CURLINFO info, char **out) {
    return curl_easy_getinfo(easy, info, out);
}

static inline CURLcode tidings_easy_getinfo_off_t(CURL *easy, CURLINFO info, curl_off_t *out) {
    return curl_easy_getinfo(easy, info, out);
}

static inline CURLcode tidings_easy_getinfo_double(CURL *easy, CURLINFO info, double *out) {
    return curl_easy_getinfo(easy, info, out);
}

// MARK: - curl_multi

static inline CURLMcode tidings_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}

/// Reads a `CURLMsg` without Swift touching its anonymous union: returns 1 and the transfer's
/// result when the message says a transfer is done, 0 otherwise.
static inline int tidings_multi_message_done(const CURLMsg *message, CURLcode *result) {
    if (message->msg != CURLMSG_DONE) return 0;
    *result = message->data.result;
    return 1;
}

#endif
