#include "shim_internal.hpp"

using xs::guard;

extern "C" {

xs_enquire *xs_enquire_new(const xs_database *db, XSError *err) {
    return guard<xs_enquire *>(err, nullptr, [&] { return new xs_enquire{Xapian::Enquire(db->db), {}}; });
}

void xs_enquire_free(xs_enquire *enq) { delete enq; }

int xs_enquire_set_query(xs_enquire *enq, const xs_query *q, XSError *err) {
    return guard<int>(err, -1, [&] { enq->enquire.set_query(q->query); return 0; });
}

int xs_enquire_set_bm25(xs_enquire *enq, double k1, double k2, double k3, double b,
                        double min_normlen, XSError *err) {
    return guard<int>(err, -1, [&] {
        enq->enquire.set_weighting_scheme(Xapian::BM25Weight(k1, k2, k3, b, min_normlen));
        return 0;
    });
}

int xs_enquire_set_collapse_key(xs_enquire *enq, uint32_t slot, uint32_t collapse_max,
                                XSError *err) {
    return guard<int>(err, -1, [&] {
        if (collapse_max == 0)
            enq->enquire.set_collapse_key(Xapian::BAD_VALUENO);
        else
            enq->enquire.set_collapse_key(slot, collapse_max);
        return 0;
    });
}

int xs_enquire_set_time_limit(xs_enquire *enq, double seconds, XSError *err) {
    return guard<int>(err, -1, [&] { enq->enquire.set_time_limit(seconds); return 0; });
}

xs_mset *xs_enquire_get_mset(xs_enquire *enq, uint32_t first, uint32_t maxitems,
                             uint32_t check_at_least, XSError *err) {
    return guard<xs_mset *>(err, nullptr, [&] {
        return new xs_mset{enq->enquire.get_mset(first, maxitems, check_at_least)};
    });
}

void xs_mset_free(xs_mset *mset) { delete mset; }

uint32_t xs_mset_size(const xs_mset *m) { return m->mset.size(); }
uint32_t xs_mset_get_matches_estimated(const xs_mset *m) { return m->mset.get_matches_estimated(); }

uint32_t xs_mset_get_docid(const xs_mset *m, uint32_t index, XSError *err) {
    return guard<uint32_t>(err, 0, [&] { return *(m->mset[index]); });
}

double xs_mset_get_weight(const xs_mset *m, uint32_t index, XSError *err) {
    return guard<double>(err, 0.0, [&] { return m->mset[index].get_weight(); });
}

int xs_mset_get_percent(const xs_mset *m, uint32_t index, XSError *err) {
    return guard<int>(err, -1, [&] { return m->mset[index].get_percent(); });
}

char *xs_mset_get_value(const xs_mset *m, uint32_t index, uint32_t slot, size_t *out_len,
                        XSError *err) {
    return guard<char *>(err, nullptr, [&] {
        return xs::copy_out(m->mset[index].get_document().get_value(slot), out_len);
    });
}

char *xs_mset_get_document_data(const xs_mset *m, uint32_t index, size_t *out_len,
                                XSError *err) {
    return guard<char *>(err, nullptr, [&] {
        return xs::copy_out(m->mset[index].get_document().get_data(), out_len);
    });
}

int xs_mset_fetch(const xs_mset *m, uint32_t first, uint32_t last, XSError *err) {
    return guard<int>(err, -1, [&] {
        uint32_t size = m->mset.size();
        if (last > size) last = size;
        if (first >= last) return 0;
        Xapian::MSetIterator begin = m->mset.begin(), end = m->mset.begin();
        for (uint32_t i = 0; i < first; ++i) ++begin;
        for (uint32_t i = 0; i < last; ++i) ++end;
        m->mset.fetch(begin, end);
        return 0;
    });
}

}  // extern "C"
