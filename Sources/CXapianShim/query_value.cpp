// A filter on one value slot holding exactly one value (OP_VALUE_RANGE from
// the value to itself): the passages of one article of a multi-article file,
// by their collapse key.
#include "shim_internal.hpp"

using xs::guard;

extern "C" {

xs_query *xs_query_new_value_equals(uint32_t slot, const char *value, size_t len, XSError *err) {
    return guard<xs_query *>(err, nullptr, [&] {
        std::string v = xs::str(value, len);
        return new xs_query{Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, v, v)};
    });
}

}  // extern "C"
