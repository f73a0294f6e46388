/* reader.entities._wordsplit: an article's words split and folded in one pass, and a
 * table of what is known of each word; the two steps of reading an article's words
 * (reader.entities.words.Words) that touch every word, in C.
 *
 * split_words() is split_words() of reader.entities.normalize.  The importer splits
 * and folds every article (millions of words).  The Python version is already
 * C-level work (one re.split, a running sum of lengths, a join, a regex
 * substitution, replaces, lower and a split), but it walks the text seven times
 * and makes a string per part: about 190 us an article of the real-vocabulary
 * corpus, an eighth of the analysis.  This walks it once and makes only the
 * strings kept: about 45 us (issue 18).
 *
 * It gives exactly what the Python version gives, or None when it cannot:
 * a word holding a presentation form (U+FB50..U+FEFF, which the Python version
 * folds word by word with NFKC), and the caller then runs the Python version.
 * The tables are the Python module's, handed over by configure(): the
 * characters dropped and the letters folded.  A word with a letter outside
 * ASCII and the Arabic block is lower-cased by str.lower() (full case
 * mapping: "İ" becomes two characters, a final sigma its own form).
 *
 * WordTable (below) keeps each word's facts for Gazetteer.facts_of.
 *
 * tests/unit/test_wordsplit.py checks both against the Python versions.  Built by
 * setup.py when a C compiler is there; without it the Python versions run, with
 * the same results.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* The Arabic block, U+0600..U+06FF: each letter folded (0: dropped). */
static Py_UCS4 block_fold[256];
/* Word characters below U+0800 (ASCII, Latin, Greek, Cyrillic, ..., Arabic). */
static unsigned char low_word[0x800];
/* The characters dropped above the Arabic block (direction marks, ...). */
static Py_UCS4 *high_drop = NULL;
static Py_ssize_t n_high_drop = 0;
static Py_UCS4 high_min = 1, high_max = 0; /* their range (none: min > max) */
static int configured = 0;

static inline int is_high_drop(Py_UCS4 ch)
{
    if (ch < high_min || ch > high_max)
        return 0;
    for (Py_ssize_t i = 0; i < n_high_drop; i++)
        if (high_drop[i] == ch)
            return 1;
    return 0;
}

/* The Python version's [\u0621-\u064a\w<dropped>]: \w of a str pattern is
 * str.isalnum() or "_" (Py_UNICODE_ISALNUM, as the re module tests it). */
static inline int is_word(Py_UCS4 ch)
{
    if (ch < 0x800)
        return low_word[ch];
    return Py_UNICODE_ISALNUM(ch) || is_high_drop(ch);
}

static PyObject *configure(PyObject *self, PyObject *args)
{
    PyObject *drop, *fold;
    if (!PyArg_ParseTuple(args, "UO!:configure", &drop, &PyDict_Type, &fold))
        return NULL;
    configured = 0;
    for (Py_UCS4 ch = 0; ch < 256; ch++)
        block_fold[ch] = 0x600 + ch;
    for (Py_UCS4 ch = 0; ch < 0x800; ch++)
        low_word[ch] = Py_UNICODE_ISALNUM(ch) || ch == '_' || (ch >= 0x621 && ch <= 0x64a);
    Py_ssize_t n = PyUnicode_GET_LENGTH(drop);
    Py_UCS4 *high = PyMem_New(Py_UCS4, n ? n : 1);
    if (high == NULL)
        return PyErr_NoMemory();
    Py_ssize_t n_high = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ_CHAR(drop, i);
        if (ch >= 0x600 && ch < 0x700) {
            block_fold[ch - 0x600] = 0;
            low_word[ch] = 1;
        } else if (ch >= 0x800) {
            high[n_high++] = ch;
        } else {
            PyMem_Free(high);
            PyErr_SetString(PyExc_ValueError, "a dropped character below U+0800 outside the Arabic block");
            return NULL;
        }
    }
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(fold, &pos, &key, &value)) {
        if (!PyUnicode_Check(key) || !PyUnicode_Check(value)
                || PyUnicode_GET_LENGTH(key) != 1 || PyUnicode_GET_LENGTH(value) != 1) {
            PyMem_Free(high);
            PyErr_SetString(PyExc_ValueError, "the fold table maps one character to one");
            return NULL;
        }
        Py_UCS4 k = PyUnicode_READ_CHAR(key, 0), v = PyUnicode_READ_CHAR(value, 0);
        /* what split_words does: a letter folded is kept (never dropped), and what it
         * folds to is never lower-cased again (no capital) */
        if (k < 0x600 || k >= 0x700 || (v >= 0x80 && (v < 0x600 || v >= 0x700))
                || (v >= 'A' && v <= 'Z') || block_fold[k - 0x600] == 0) {
            PyMem_Free(high);
            PyErr_SetString(PyExc_ValueError, "the fold table folds Arabic letters, none of "
                            "them dropped, to Arabic letters or ASCII other than capitals");
            return NULL;
        }
        block_fold[k - 0x600] = v;
    }
    PyMem_Free(high_drop);
    high_drop = high;
    n_high_drop = n_high;
    high_min = 1;
    high_max = 0;
    for (Py_ssize_t i = 0; i < n_high; i++) {
        if (i == 0 || high[i] < high_min)
            high_min = high[i];
        if (i == 0 || high[i] > high_max)
            high_max = high[i];
    }
    configured = 1;
    Py_RETURN_NONE;
}

/* Append the word text[start:end] folded to the lists; 1 if it was kept, 0 if it
 * folded to nothing (marks only), -1 on error, -2 for a presentation form. */
static int add_word(PyObject *text, int kind, const void *data, Py_ssize_t start,
                    Py_ssize_t end, Py_ssize_t prev_end, Py_UCS4 *buf, PyObject **lists)
{
    Py_ssize_t out = 0;
    int other = 0; /* a letter outside ASCII and the Arabic block: str.lower() */
    for (Py_ssize_t j = start; j < end; j++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, j);
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                c += 'a' - 'A';
        } else if (c >= 0x600 && c < 0x700) {
            c = block_fold[c - 0x600];
            if (c == 0)
                continue;
        } else if (c >= 0xfb50 && c <= 0xfeff) {
            return -2;
        } else if (is_high_drop(c)) {
            continue;
        } else {
            other = 1;
        }
        buf[out++] = c;
    }
    if (out == 0)
        return 0;
    PyObject *word = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, out);
    if (word != NULL && other)
        Py_SETREF(word, PyObject_CallMethod(word, "lower", NULL));
    PyObject *items[4] = {PyLong_FromSsize_t(start), PyLong_FromSsize_t(end), word,
                          PyUnicode_Substring(text, prev_end, start)};
    int status = 1;
    for (int i = 0; i < 4; i++)
        if (status == 1 && (items[i] == NULL || PyList_Append(lists[i], items[i]) < 0))
            status = -1;
    for (int i = 0; i < 4; i++)
        Py_XDECREF(items[i]);
    return status;
}

static PyObject *split_words(PyObject *self, PyObject *text)
{
    if (!configured) {
        PyErr_SetString(PyExc_RuntimeError, "_wordsplit.configure() was not called");
        return NULL;
    }
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "split_words() takes a str, not %.100s", Py_TYPE(text)->tp_name);
        return NULL;
    }
    if (PyUnicode_READY(text) < 0)
        return NULL;
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *lists[4] = {PyList_New(0), PyList_New(0), PyList_New(0), PyList_New(0)};
    Py_UCS4 small[128];
    Py_UCS4 *buf = small;
    Py_ssize_t cap = 128;
    PyObject *result = NULL;
    if (!lists[0] || !lists[1] || !lists[2] || !lists[3])
        goto done;
    Py_ssize_t i = 0, prev_end = 0;
    while (i < len) {
        if (!is_word(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < len && is_word(PyUnicode_READ(kind, data, i)))
            i++;
        if (i - start > cap) {
            Py_UCS4 *bigger = PyMem_New(Py_UCS4, i - start);
            if (bigger == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            if (buf != small)
                PyMem_Free(buf);
            buf = bigger;
            cap = i - start;
        }
        int added = add_word(text, kind, data, start, i, prev_end, buf, lists);
        if (added == -1)
            goto done;
        if (added == -2) {
            result = Py_NewRef(Py_None);
            goto done;
        }
        if (added == 1)
            prev_end = i; /* a dropped word's text stays in the next gap */
    }
    result = PyTuple_Pack(4, lists[0], lists[1], lists[2], lists[3]);
done:
    if (buf != small)
        PyMem_Free(buf);
    for (int k = 0; k < 4; k++)
        Py_XDECREF(lists[k]);
    return result;
}

/* ------------------------------------------------------------------ WordTable
 *
 * What extraction knows of each word (reader.entities.lookup.WordFacts), by the
 * folded word.  Gazetteer.facts_of looks up every word of every article: in a
 * dict, a miss in the cache for its index, one for its entry and one for the
 * key's text (hundreds of thousands of words); here one cache line holds the
 * hash, the value and the word itself (up to KEY_MAX UTF-16 units), so a lookup
 * costs one.  Longer words, and words with a character beyond U+FFFF, are not
 * kept (the caller computes their facts each time: a handful).  The values are
 * held, not traced by the garbage collector: they must not refer back to the
 * table (WordFacts holds strings, numbers and tuples).  Linear probing, at most
 * half full, a probe given up after PROBE_MAX slots: a word that would lie
 * further (words crafted to collide) is not kept, or forgotten when the table
 * grows, and computed each time, like a word past the limit.
 */

#define KEY_MAX 22
#define PROBE_MAX 64

typedef struct {
    uint64_t hash; /* 0: empty */
    PyObject *value;
    uint16_t len;
    Py_UCS2 chars[KEY_MAX];
} Slot;

/* 64 bytes on 64-bit platforms (60 where a uint64_t is 4-byte aligned: only slower). */

typedef struct {
    PyObject_HEAD
    Slot *slots;  /* in block, on a cache line boundary */
    void *block;
    size_t mask;  /* slots - 1 (a power of two) */
    size_t used;
    size_t limit; /* words kept, at most */
    uint64_t seed;
} WordTable;

/* The word's hash and UTF-16 units in key; 0 if it cannot be kept. */
static inline uint64_t key_of(WordTable *t, PyObject *word, Slot *key)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(word);
    if (len > KEY_MAX)
        return 0;
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    uint64_t h = t->seed ^ (uint64_t)len;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c > 0xffff)
            return 0;
        key->chars[i] = (Py_UCS2)c;
        h = (h ^ c) * 0x100000001b3ULL;
    }
    /* splitmix64's finaliser: every bit of the word moves the low bits (the index) */
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    key->len = (uint16_t)len;
    return h | 1; /* never 0 (an empty slot); the index is taken from the other bits */
}

/* The home slot of a hash in a table of mask + 1 slots. */
static inline size_t home(uint64_t h, size_t mask)
{
    return (size_t)(h >> 1) & mask;
}

/* The slot holding the key, or the empty slot where it would go; NULL when the
 * probe runs too long (a table that long-probed is left as it is). */
static Slot *find(WordTable *t, uint64_t h, const Slot *key)
{
    size_t i = home(h, t->mask);
    for (int probe = 0; probe < PROBE_MAX; probe++) {
        Slot *s = &t->slots[i];
        if (s->hash == 0)
            return s;
        if (s->hash == h && s->len == key->len
                && memcmp(s->chars, key->chars, key->len * sizeof(Py_UCS2)) == 0)
            return s;
        i = (i + 1) & t->mask;
    }
    return NULL;
}

/* size empty slots, each on a cache line of its own, in *block (zeroed by calloc:
 * the pages of a large table are not touched until used) */
static Slot *new_slots(size_t size, void **block)
{
    *block = PyMem_Calloc(size * sizeof(Slot) + 63, 1);
    if (*block == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    return (Slot *)(((uintptr_t)*block + 63) & ~(uintptr_t)63);
}

static int grow(WordTable *t)
{
    size_t size = (t->mask + 1) * 2;
    void *block;
    Slot *slots = new_slots(size, &block);
    if (slots == NULL)
        return -1;
    for (size_t i = 0; i <= t->mask; i++) {
        Slot *s = &t->slots[i];
        if (s->hash == 0)
            continue;
        size_t j = home(s->hash, size - 1);
        int probe = 0;
        while (slots[j].hash != 0 && probe < PROBE_MAX) {
            j = (j + 1) & (size - 1);
            probe++;
        }
        if (probe == PROBE_MAX) { /* find() would never reach it there: forgotten */
            Py_DECREF(s->value);
            t->used--;
            continue;
        }
        slots[j] = *s;
    }
    PyMem_Free(t->block);
    t->slots = slots;
    t->block = block;
    t->mask = size - 1;
    return 0;
}

static PyObject *table_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *names[] = {"limit", NULL};
    Py_ssize_t limit;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "n:WordTable", names, &limit))
        return NULL;
    if (limit < 0) {
        PyErr_SetString(PyExc_ValueError, "limit must not be negative");
        return NULL;
    }
    WordTable *t = (WordTable *)type->tp_alloc(type, 0);
    if (t == NULL)
        return NULL;
    t->slots = new_slots(1024, &t->block);
    if (t->slots == NULL) {
        Py_DECREF(t);
        return NULL;
    }
    t->mask = 1023;
    t->limit = (size_t)limit;
    t->seed = 0xcbf29ce484222325ULL ^ (uint64_t)(uintptr_t)t;
    return (PyObject *)t;
}

static void table_dealloc(WordTable *t)
{
    if (t->slots != NULL) {
        for (size_t i = 0; i <= t->mask; i++)
            Py_XDECREF(t->slots[i].value);
        PyMem_Free(t->block);
    }
    Py_TYPE(t)->tp_free((PyObject *)t);
}

/* Keep value for word (when there is room); -1 on error, else whether it was kept. */
static int put(WordTable *t, PyObject *word, PyObject *value)
{
    Slot key;
    uint64_t h = key_of(t, word, &key);
    if (!h || value == Py_None)
        return 0;
    Slot *s = find(t, h, &key);
    if (s != NULL && s->hash != 0) {
        Py_SETREF(s->value, Py_NewRef(value));
        return 1;
    }
    if (t->used >= t->limit)
        return 0;
    if ((t->used + 1) * 2 > t->mask + 1) {
        if (grow(t) < 0)
            return -1;
        s = find(t, h, &key);
    }
    if (s == NULL)
        return 0;
    key.hash = h;
    key.value = Py_NewRef(value);
    *s = key;
    t->used++;
    return 1;
}

#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
/* (GCC drops a __builtin_prefetch whose address it finds no other use for) */
#define PREFETCH(p) __asm__ volatile("prefetcht0 %0" : : "m"(*(const char *)(p)))
#elif defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)0)
#endif
/* How far ahead values() reads: the slot of the word AHEAD words on is fetched,
 * then its value (a WordFacts) HALF words on, while the words before are looked up. */
#define AHEAD 16
#define HALF 8

/* Word k's hash, its home slot asked of memory (0: none, or not a word it keeps). */
static uint64_t fetch_slot(WordTable *t, PyObject *words, Py_ssize_t k)
{
    if (k >= PyList_GET_SIZE(words))
        return 0;
    PyObject *word = PyList_GET_ITEM(words, k);
    if (!PyUnicode_Check(word) || !PyUnicode_IS_READY(word))
        return 0;
    Slot scratch;
    uint64_t h = key_of(t, word, &scratch);
    if (h)
        PREFETCH(&t->slots[home(h, t->mask)]);
    return h;
}

/* The value in the home slot of hash h, asked of memory if the slot holds it. */
static inline void fetch_value(WordTable *t, uint64_t h)
{
    if (h) {
        const Slot *s = &t->slots[home(h, t->mask)];
        if (s->hash == h)
            PREFETCH(s->value);
    }
}

/* values(words, compute): the value of each word, compute(word) for those not kept
 * (and kept, while there is room).  compute may use the table: no slot is held
 * across the call.  Looking a word up is two misses of the cache (its slot, then
 * its value); they are asked for ahead, so that many are under way at once. */
static PyObject *table_values(WordTable *t, PyObject *args)
{
    PyObject *words, *compute;
    if (!PyArg_ParseTuple(args, "O!O:values", &PyList_Type, &words, &compute))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(words);
    PyObject *found = PyList_New(n);
    if (found == NULL)
        return NULL;
    /* None until found: compute runs Python code, which may reach this list (gc) */
    for (Py_ssize_t k = 0; k < n; k++)
        PyList_SET_ITEM(found, k, Py_NewRef(Py_None));
    Slot key;
    uint64_t ahead[AHEAD]; /* the hashes of words k .. k + AHEAD - 1, by index % AHEAD */
    for (Py_ssize_t j = 0; j < AHEAD; j++)
        ahead[j] = fetch_slot(t, words, j);
    for (Py_ssize_t j = 0; j < HALF; j++)
        fetch_value(t, ahead[j]);
    for (Py_ssize_t k = 0; k < n && k < PyList_GET_SIZE(words); k++) {
        fetch_value(t, ahead[(k + HALF) % AHEAD]);
        ahead[k % AHEAD] = fetch_slot(t, words, k + AHEAD);
        PyObject *word = PyList_GET_ITEM(words, k);
        if (!PyUnicode_Check(word) || PyUnicode_READY(word) < 0) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_TypeError, "values() takes a list of str");
            goto error;
        }
        uint64_t h = key_of(t, word, &key);
        Slot *s = h ? find(t, h, &key) : NULL;
        if (s != NULL && s->hash != 0) {
            if (PyList_SetItem(found, k, Py_NewRef(s->value)) < 0)
                goto error;
            continue;
        }
        Py_INCREF(word); /* compute may change the list */
        PyObject *value = PyObject_CallOneArg(compute, word);
        if (value == NULL || put(t, word, value) < 0) {
            Py_DECREF(word);
            Py_XDECREF(value);
            goto error;
        }
        Py_DECREF(word);
        if (PyList_SetItem(found, k, value) < 0) /* steals value */
            goto error;
    }
    if (PyList_GET_SIZE(words) != n) {
        PyErr_SetString(PyExc_RuntimeError, "the list of words changed during values()");
        goto error;
    }
    return found;
error:
    Py_DECREF(found);
    return NULL;
}

static PyObject *table_put(WordTable *t, PyObject *args)
{
    PyObject *word, *value;
    if (!PyArg_ParseTuple(args, "UO:put", &word, &value))
        return NULL;
    int kept = put(t, word, value);
    if (kept < 0)
        return NULL;
    return PyBool_FromLong(kept);
}

static Py_ssize_t table_len(WordTable *t)
{
    return (Py_ssize_t)t->used;
}

static PyMethodDef table_methods[] = {
    {"values", (PyCFunction)table_values, METH_VARARGS,
     "values(words, compute) -> the value of each word of the list, compute(word) for\n"
     "those not kept (and kept while there is room)."},
    {"put", (PyCFunction)table_put, METH_VARARGS,
     "put(word, value) -> whether it is kept (not when the table is full, the word\n"
     "too long or beyond U+FFFF, or the value None)."},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods table_as_sequence = {.sq_length = (lenfunc)table_len};

static PyTypeObject WordTableType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "reader.entities._wordsplit.WordTable",
    .tp_doc = "WordTable(limit): a value per word, for up to limit words (see the source).",
    .tp_basicsize = sizeof(WordTable),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = table_new,
    .tp_dealloc = (destructor)table_dealloc,
    .tp_methods = table_methods,
    .tp_as_sequence = &table_as_sequence,
};

static PyMethodDef methods[] = {
    {"configure", configure, METH_VARARGS,
     "configure(dropped, fold_table): the characters dropped from words (every one, not\n"
     "ranges) and the letters folded (one Arabic letter to one Arabic or ASCII character)."},
    {"split_words", split_words, METH_O,
     "split_words(text) -> (starts, ends, folded, gaps), as reader.entities.normalize's,\n"
     "or None when a word holds a presentation form."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_wordsplit",
    "split_words() of reader.entities.normalize in one pass over the text (see the source).",
    -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__wordsplit(void)
{
    if (PyType_Ready(&WordTableType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "WordTable", (PyObject *)&WordTableType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
