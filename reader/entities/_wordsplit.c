/* reader.entities._wordsplit: split_words() of reader.entities.normalize in one pass.
 *
 * The importer splits and folds every article (millions of words).  The Python
 * version is already C-level work (one re.split, a running sum of lengths, a
 * join, a regex substitution, replaces, lower and a split), but it walks the
 * text seven times and makes a string per part: about 190 us an article of the
 * real-vocabulary corpus, an eighth of the analysis.  This walks it once and
 * makes only the strings kept: about 45 us (issue 18).
 *
 * It gives exactly what the Python version gives, or None when it cannot:
 * a word holding a presentation form (U+FB50..U+FEFF, which the Python version
 * folds word by word with NFKC), and the caller then runs the Python version.
 * The tables are the Python module's, handed over by configure(): the
 * characters dropped and the letters folded.  A word with a letter outside
 * ASCII and the Arabic block is lower-cased by str.lower() (full case
 * mapping: "İ" becomes two characters, a final sigma its own form).
 * tests/unit/test_wordsplit.py checks it against the Python version.
 *
 * Built by setup.py when a C compiler is there; without it the Python version
 * runs (reader.entities.normalize), with the same results.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

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
        if (k < 0x600 || k >= 0x700 || (v >= 0x80 && (v < 0x600 || v >= 0x700))) {
            PyMem_Free(high);
            PyErr_SetString(PyExc_ValueError, "the fold table folds Arabic letters to Arabic or ASCII");
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
    return PyModule_Create(&module);
}
