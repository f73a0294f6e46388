/* reader.entities._termpostings: the numbered index terms of many articles grouped
 * into each term's postings, in one pass (a counting sort).
 *
 * An importer stages ~250 terms an article (reader.entities.terms numbers them)
 * and appends (docno, count) to each term's postings list.  Done as appends,
 * one list after another of a hundred thousand, every append was a cache miss
 * or two: 2.1 s of the importer's own CPU on the 30,000-article real-vocabulary
 * corpus (issue 18).  group_pairs() takes the rows of 2,048 articles at once and
 * gives each term's pairs side by side, in the order the rows came, so that the
 * caller extends each list once.
 *
 * reader.store.pending uses it when built (setup.py, beside the other modules
 * of the package); without it the Python appends run, with the same lists.
 * tests/unit/test_termpostings.py checks the two against each other.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* A buffer of native uint32 values (an array('I') or 'L' of 4-byte items), or an error. */
static int get_uint32s(PyObject *obj, Py_buffer *view, const char *what)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0)
        return -1;
    const char *f = view->format;
    if (view->itemsize != 4 || view->ndim != 1 || f == NULL
        || !((f[0] == 'I' || f[0] == 'L') && f[1] == '\0')) {
        PyBuffer_Release(view);
        PyErr_Format(PyExc_TypeError, "%s must be an array of 4-byte unsigned ints", what);
        return -1;
    }
    return 0;
}

typedef struct {
    uint32_t docno;
    Py_buffer numbers, counts;
    const Py_buffer *trans;
} Row;

static void release_rows(Row *rows, Py_ssize_t n)
{
    for (Py_ssize_t r = 0; r < n; r++) {
        PyBuffer_Release(&rows[r].numbers);
        PyBuffer_Release(&rows[r].counts);
    }
}

static int parse_row(PyObject *item, Row *row, const Py_buffer *trans, Py_ssize_t n_trans)
{
    PyObject *docno, *table, *numbers, *counts;
    if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 4) {
        PyErr_SetString(PyExc_TypeError, "a row must be (docno, table, numbers, counts)");
        return -1;
    }
    docno = PyTuple_GET_ITEM(item, 0);
    table = PyTuple_GET_ITEM(item, 1);
    numbers = PyTuple_GET_ITEM(item, 2);
    counts = PyTuple_GET_ITEM(item, 3);
    unsigned long d = PyLong_AsUnsignedLong(docno);
    if (d == (unsigned long)-1 && PyErr_Occurred())
        return -1;
    Py_ssize_t t = PyLong_AsSsize_t(table);
    if (t == -1 && PyErr_Occurred())
        return -1;
    if (d > UINT32_MAX || t < 0 || t >= n_trans) {
        PyErr_SetString(PyExc_ValueError, "a row's docno or table is out of range");
        return -1;
    }
    if (get_uint32s(numbers, &row->numbers, "numbers") < 0)
        return -1;
    if (get_uint32s(counts, &row->counts, "counts") < 0) {
        PyBuffer_Release(&row->numbers);
        return -1;
    }
    if (row->numbers.len != row->counts.len) {
        PyBuffer_Release(&row->numbers);
        PyBuffer_Release(&row->counts);
        PyErr_SetString(PyExc_ValueError, "a row's numbers and counts differ in length");
        return -1;
    }
    row->docno = (uint32_t)d;
    row->trans = &trans[t];
    return 0;
}

static PyObject *group_pairs(PyObject *self, PyObject *args)
{
    PyObject *rows_list, *trans_list, *result = NULL;
    Py_ssize_t n_ids;
    if (!PyArg_ParseTuple(args, "O!O!n", &PyList_Type, &rows_list, &PyList_Type, &trans_list,
                          &n_ids))
        return NULL;
    if (n_ids < 0 || (size_t)n_ids > UINT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "n_ids is out of range");
        return NULL;
    }
    /* Copies of the lists: taking a buffer may run Python code (a class's
     * __buffer__), which could empty them under us. */
    PyObject *trans_items = PySequence_Tuple(trans_list);
    PyObject *row_items = trans_items ? PySequence_Tuple(rows_list) : NULL;
    Py_ssize_t n_trans = trans_items ? PyTuple_GET_SIZE(trans_items) : 0;
    Py_ssize_t n_rows = row_items ? PyTuple_GET_SIZE(row_items) : 0;
    Py_ssize_t got_trans = 0, got_rows = 0;
    Py_buffer *trans = PyMem_Calloc(n_trans ? n_trans : 1, sizeof(Py_buffer));
    Row *rows = PyMem_Calloc(n_rows ? n_rows : 1, sizeof(Row));
    uint32_t *count = PyMem_Calloc(n_ids ? n_ids : 1, sizeof(uint32_t));
    uint32_t *next = NULL;
    PyObject *ids = NULL, *ends = NULL, *pairs = NULL;
    if (row_items == NULL)
        goto done;
    if (trans == NULL || rows == NULL || count == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (; got_trans < n_trans; got_trans++)
        if (get_uint32s(PyTuple_GET_ITEM(trans_items, got_trans), &trans[got_trans],
                        "a translation") < 0)
            goto done;
    for (; got_rows < n_rows; got_rows++)
        if (parse_row(PyTuple_GET_ITEM(row_items, got_rows), &rows[got_rows], trans,
                      n_trans) < 0)
            goto done;

    /* Count each term's pairs, checking every number and id on the way. */
    uint64_t total = 0;
    Py_ssize_t present = 0;
    for (Py_ssize_t r = 0; r < n_rows; r++) {
        const uint32_t *numbers = rows[r].numbers.buf;
        const uint32_t *map = rows[r].trans->buf;
        size_t n = (size_t)rows[r].numbers.len / 4, n_map = (size_t)rows[r].trans->len / 4;
        for (size_t j = 0; j < n; j++) {
            uint32_t number = numbers[j];
            if (number >= n_map || map[number] >= (uint32_t)n_ids) {
                PyErr_SetString(PyExc_ValueError, "a term's number has no id");
                goto done;
            }
            if (count[map[number]]++ == 0)
                present++;
        }
        total += n;
    }
    if (total > UINT32_MAX || total > (uint64_t)(PY_SSIZE_T_MAX / 8)) {
        PyErr_SetString(PyExc_ValueError, "too many pairs at once");
        goto done;
    }
    ids = PyBytes_FromStringAndSize(NULL, present * 4);
    ends = PyBytes_FromStringAndSize(NULL, present * 4);
    pairs = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)total * 8);
    next = PyMem_Malloc((n_ids ? n_ids : 1) * sizeof(uint32_t));
    if (ids == NULL || ends == NULL || pairs == NULL || next == NULL) {
        if (next == NULL)
            PyErr_NoMemory();
        goto done;
    }
    /* Each id present, ascending, where its pairs end; next[id]: where its next pair goes. */
    uint32_t *id_out = (uint32_t *)PyBytes_AS_STRING(ids);
    uint32_t *end_out = (uint32_t *)PyBytes_AS_STRING(ends);
    uint32_t at = 0;
    for (Py_ssize_t g = 0, k = 0; g < n_ids; g++) {
        if (count[g]) {
            next[g] = at;
            at += count[g];
            id_out[k] = (uint32_t)g;
            end_out[k++] = at;
        }
    }
    uint32_t *out = (uint32_t *)PyBytes_AS_STRING(pairs);
    for (Py_ssize_t r = 0; r < n_rows; r++) {
        const uint32_t *numbers = rows[r].numbers.buf, *counts = rows[r].counts.buf;
        const uint32_t *map = rows[r].trans->buf;
        size_t n = (size_t)rows[r].numbers.len / 4;
        uint32_t docno = rows[r].docno;
        for (size_t j = 0; j < n; j++) {
            uint32_t slot = next[map[numbers[j]]]++;
            out[2 * (size_t)slot] = docno;
            out[2 * (size_t)slot + 1] = counts[j];
        }
    }
    result = PyTuple_Pack(3, ids, ends, pairs);
done:
    release_rows(rows, got_rows);
    for (Py_ssize_t t = 0; t < got_trans; t++)
        PyBuffer_Release(&trans[t]);
    PyMem_Free(trans);
    PyMem_Free(rows);
    PyMem_Free(count);
    PyMem_Free(next);
    Py_XDECREF(ids);
    Py_XDECREF(ends);
    Py_XDECREF(pairs);
    Py_XDECREF(trans_items);
    Py_XDECREF(row_items);
    return result;
}

static PyMethodDef methods[] = {
    {"group_pairs", group_pairs, METH_VARARGS,
     "group_pairs(rows, translations, n_ids) -> (ids, ends, pairs)\n\n"
     "rows: (docno, table, numbers, counts), numbers and counts uint32 arrays of one\n"
     "article's terms (numbered in table number `table`); translations: per table, a\n"
     "uint32 array from its numbers to ids below n_ids.  Returns three bytes objects of\n"
     "native uint32: the ids present, ascending; where each one's pairs end (counted\n"
     "in pairs); and the (docno, count) pairs, each id's side by side in row order."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_termpostings",
    "Index terms of many articles grouped into each term's postings (see the source).",
    -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__termpostings(void)
{
    return PyModule_Create(&module);
}
