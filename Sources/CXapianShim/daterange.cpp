#include "shim_internal.hpp"

using xs::guard;

extern "C" {

int xs_queryparser_add_date_range(xs_queryparser *qp, uint32_t slot, const char *field,
                                  int prefer_mdy, int epoch_year, XSError *err) {
    return guard<int>(err, -1, [&] {
        unsigned flags = prefer_mdy ? Xapian::RP_DATE_PREFER_MDY : 0;
        auto *processor = new Xapian::DateRangeProcessor(slot, field ? field : "", flags, epoch_year);
        qp->qp.add_rangeprocessor(processor->release());
        return 0;
    });
}


}  // extern "C"
