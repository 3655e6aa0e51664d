// Sorting, match spies and relevance feedback on an Enquire.
#include "shim_internal.hpp"

using xs::guard;

namespace {
// Accepts terms that start with `prefix`; with `words_only`, not those whose next
// character is an upper-case ASCII letter (a field prefix such as "S" or "XT"), so
// that the ESet computes no statistics for field terms.
class PrefixWordsDecider : public Xapian::ExpandDecider {
  public:
    PrefixWordsDecider(std::string prefix, bool words_only)
        : prefix_(std::move(prefix)), words_only_(words_only) {}
    bool operator()(const std::string &term) const override {
        if (term.compare(0, prefix_.size(), prefix_) != 0) return false;
        if (!words_only_) return true;
        if (term.size() == prefix_.size()) return false;
        unsigned char next = static_cast<unsigned char>(term[prefix_.size()]);
        return !(next >= 'A' && next <= 'Z');
    }

  private:
    std::string prefix_;
    bool words_only_;
};
}  // namespace

extern "C" {

int xs_enquire_set_sort_by_values(xs_enquire *enq, const uint32_t *slots, const int *reverse,
                                  size_t n, XSError *err) {
    return guard<int>(err, -1, [&] {
        if (n == 0) {
            enq->enquire.set_sort_by_relevance();
            return 0;
        }
        auto *keymaker = new Xapian::MultiValueKeyMaker();
        for (size_t i = 0; i < n; ++i) keymaker->add_value(slots[i], reverse[i] != 0);
        // The Enquire owns the key maker (release() hands it over).
        enq->enquire.set_sort_by_key_then_relevance(keymaker->release(), false);
        return 0;
    });
}

int xs_enquire_add_value_count_spy(xs_enquire *enq, uint32_t slot, XSError *err) {
    return guard<int>(err, -1, [&] {
        enq->spies.emplace_back(new Xapian::ValueCountMatchSpy(slot));
        enq->enquire.add_matchspy(enq->spies.back().get());
        return static_cast<int>(enq->spies.size() - 1);
    });
}

int64_t xs_enquire_spy_distinct_values(xs_enquire *enq, int spy, XSError *err) {
    return guard<int64_t>(err, -1, [&] {
        auto &s = *enq->spies.at(static_cast<size_t>(spy));
        int64_t n = 0;
        for (auto it = s.values_begin(); it != s.values_end(); ++it) ++n;
        return n;
    });
}

int xs_enquire_spy_top_values(xs_enquire *enq, int spy, uint32_t maxvalues,
                              xs_value_count_visitor visit, void *context, XSError *err) {
    return guard<int>(err, -1, [&] {
        auto &s = *enq->spies.at(static_cast<size_t>(spy));
        for (auto it = s.top_values_begin(maxvalues); it != s.top_values_end(maxvalues); ++it) {
            std::string value = *it;
            if (visit(context, value.data(), value.size(), it.get_termfreq()) != 0) break;
        }
        return 0;
    });
}

int xs_enquire_eset(xs_enquire *enq, const uint32_t *docids, size_t n, uint32_t maxitems,
                    const char *prefix, int words_only, xs_term_weight_visitor visit,
                    void *context, XSError *err) {
    return guard<int>(err, -1, [&] {
        Xapian::RSet rset;
        for (size_t i = 0; i < n; ++i) rset.add_document(docids[i]);
        PrefixWordsDecider decider(prefix ? prefix : "", words_only != 0);
        Xapian::ESet eset = enq->enquire.get_eset(maxitems, rset, &decider);
        for (auto it = eset.begin(); it != eset.end(); ++it) {
            std::string term = *it;
            if (visit(context, term.data(), term.size(), it.get_weight()) != 0) break;
        }
        return 0;
    });
}

}  // extern "C"
