// libxml2 as Swift sees it. ICU is switched off in the headers: Foundation's ICU and libxml2's
// would otherwise clash ('UErrorCode' has different definitions), sometimes only in a clean build.
#ifndef TIDINGS_CLIBXML2_SHIM_H
#define TIDINGS_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/uri.h>
#include <libxml/entities.h>
#include <libxml/encoding.h>
#include <libxml/xmlmemory.h>

/// libxml2's `xmlFree` is a global function pointer, which strict concurrency rejects.
static inline void tidings_xml_free(void *pointer) { xmlFree(pointer); }

/// A generic-error sink that prints nothing. libxml2's generic channel is a C variadic function
/// pointer, which Swift cannot write; errors raised without a parser context (encoding conversion,
/// I/O) go there and would otherwise reach stderr despite XML_PARSE_NOERROR.
static inline void tidings_xml_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Routes this thread's generic libxml2 errors to `tidings_xml_ignore_generic_error`.
static inline void tidings_xml_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, tidings_xml_ignore_generic_error);
}

#endif
