// Query weighting for relevance feedback: OP_SCALE_WEIGHT.
#include "shim_internal.hpp"

using xs::guard;

extern "C" {

xs_query *xs_query_scale_weight(const xs_query *q, double factor, XSError *err) {
    return guard<xs_query *>(err, nullptr, [&] {
        return new xs_query{Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q->query, factor)};
    });
}

}  // extern "C"
