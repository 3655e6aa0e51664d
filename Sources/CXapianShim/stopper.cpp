// Query-time stopwords: a Xapian::SimpleStopper on a QueryParser.
#include "shim_internal.hpp"

using xs::guard;

extern "C" {

int xs_queryparser_set_stopwords(xs_queryparser *qp, const char *const *words, size_t n,
                                 XSError *err) {
    return guard<int>(err, -1, [&] {
        if (n == 0) {
            qp->qp.set_stopper(nullptr);
            return 0;
        }
        auto *stopper = new Xapian::SimpleStopper();
        for (size_t i = 0; i < n; ++i) stopper->add(words[i] ? words[i] : "");
        // The QueryParser owns the stopper (release() hands it over).
        qp->qp.set_stopper(stopper->release());
        return 0;
    });
}

}  // extern "C"
