"""Reading rows out of files: JSONL, JSON, CSV/TSV, Parquet and Hugging Face datasets folders.

Readers yield (row number, record) and report what is wrong with a row as a RowProblem
instead of raising, so one pass collects every problem of a file. File-level problems
(missing file, wrong encoding of a whole file, unreadable Parquet) raise ImportRejected.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterator

from ...core.errors import ImportRejected, RowProblem

#: Files above this are refused before reading: a training set is text, not a disk image.
MAX_FILE_BYTES = 2 * 1024**3
FORMATS = ("jsonl", "json", "csv", "tsv", "parquet", "hf")

Row = tuple[int, "dict | RowProblem"]
TOO_DEEP = "JSON nested too deeply to read (hundreds of levels): flatten the record"


def detect_format(path: Path) -> str:
    if path.is_dir():
        return "hf"
    suffix = path.suffix.lower().lstrip(".")
    if suffix in {"jsonl", "ndjson"}:
        return "jsonl"
    if suffix in {"json", "csv", "tsv", "parquet"}:
        return suffix
    if suffix == "pq":
        return "parquet"
    raise ImportRejected(
        f"cannot tell the format of '{path.name}': name it .jsonl, .json, .csv, .tsv or .parquet, "
        "or point at a Hugging Face datasets folder")


def read_rows(path: Path, fmt: str | None = None) -> tuple[str, Iterator[Row]]:
    path = Path(path)
    if not path.exists():
        raise ImportRejected(f"no such file or folder: {path}")
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise ImportRejected(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}")
    if fmt != "hf":
        if path.is_dir():
            raise ImportRejected(f"{path} is a folder, not a {fmt} file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(f"{path.name} is {size / 1024**3:.1f} GiB: split it into files under 2 GiB")
        if size == 0:
            raise ImportRejected(f"{path.name} is empty")
    reader = {"jsonl": _jsonl, "json": _json, "csv": _csv, "tsv": _tsv, "parquet": _parquet,
              "hf": _hf}[fmt]
    return fmt, reader(path)


def _decode_whole(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise ImportRejected(f"{path.name} holds binary data, not text: export it as UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportRejected(
            f"{path.name} is not UTF-8 text (first bad byte on line {line}): re-save it as UTF-8",
            [RowProblem(line, f"invalid UTF-8 byte 0x{data[exc.start]:02x} at offset {exc.start}")]) from None


def _jsonl(path: Path) -> Iterator[Row]:
    with path.open("rb") as fh:
        first = fh.read(65536)
        if b"\x00" in first:
            raise ImportRejected(f"{path.name} holds binary data, not JSON lines")
        fh.seek(0)
        for n, raw in enumerate(fh, start=1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield n, RowProblem(n, f"not UTF-8 (bad byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, RowProblem(n, f"broken JSON: {exc.msg} at column {exc.colno}")
                continue
            except RecursionError:
                yield n, RowProblem(n, TOO_DEEP)
                continue
            except ValueError as exc:  # e.g. an integer over Python's 4300-digit limit
                yield n, RowProblem(n, f"unreadable JSON: {exc}")
                continue
            if not isinstance(record, dict):
                yield n, RowProblem(n, f"expected a JSON object, got {type(record).__name__}")
                continue
            yield n, record


def _json(path: Path) -> Iterator[Row]:
    text = _decode_whole(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRejected(f"{path.name} is not valid JSON",
                             [RowProblem(exc.lineno, f"broken JSON: {exc.msg} at column {exc.colno}")]) from None
    except RecursionError:
        raise ImportRejected(f"{path.name}: {TOO_DEEP}") from None
    except ValueError as exc:  # e.g. an integer over Python's 4300-digit limit
        raise ImportRejected(f"{path.name} is not readable JSON: {exc}") from None
    if isinstance(data, dict):
        for key in ("data", "items", "rows", "examples", "train"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            raise ImportRejected(f"{path.name} holds one object: expected a list of rows "
                                 "(or an object with a 'data' list)")
    if not isinstance(data, list):
        raise ImportRejected(f"{path.name} must hold a list of rows")
    for n, record in enumerate(data, start=1):
        if not isinstance(record, dict):
            yield n, RowProblem(n, f"expected an object, got {type(record).__name__}")
        else:
            yield n, record


def _delimited(path: Path, delimiter: str) -> Iterator[Row]:
    text = _decode_whole(path)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise ImportRejected(f"{path.name} has an unreadable header row ({exc}): fix the first line") from None
    if not header:
        raise ImportRejected(f"{path.name} has no header row")
    for n, record in _csv_records(path, reader):
        if None in record:
            yield n, RowProblem(n, f"{len(record[None])} more value(s) than header columns")
            continue
        if any(v is None for v in record.values()):
            yield n, RowProblem(n, "fewer values than header columns")
            continue
        for key in ("checks", "messages", "tags"):
            value = record.get(key)
            if isinstance(value, str) and value.strip().startswith(("[", "{")):
                try:
                    record[key] = json.loads(value)
                except json.JSONDecodeError as exc:
                    yield n, RowProblem(n, f"broken JSON in column: {exc.msg}", key)
                    break
                except RecursionError:
                    yield n, RowProblem(n, TOO_DEEP, key)
                    break
                except ValueError as exc:
                    yield n, RowProblem(n, f"unreadable JSON in column: {exc}", key)
                    break
        else:
            yield n, {k: (v if v != "" else None) for k, v in record.items()}


def _csv_records(path: Path, reader: csv.DictReader) -> Iterator[tuple[int, dict]]:
    """(row number, record); a malformed file (a field over csv.field_size_limit, a stray
    NUL) is refused with the row where reading stopped: csv.Error is not a row problem
    we can skip past, the reader's position is lost."""
    n = 1  # row 1 is the header
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            limit = csv.field_size_limit()
            hint = (f"a field is longer than {limit // 1024} KB: shorten it or import the file as JSON lines"
                    if "field larger" in str(exc) else f"{exc}: re-save it as a well-formed CSV/TSV file")
            raise ImportRejected(f"{path.name} cannot be read past row {n + 1}: {hint}") from None
        n += 1
        yield n, record


def _csv(path: Path) -> Iterator[Row]:
    return _delimited(path, ",")


def _tsv(path: Path) -> Iterator[Row]:
    return _delimited(path, "\t")


def _parquet(path: Path) -> Iterator[Row]:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several types for broken files
        raise ImportRejected(f"{path.name} is not a readable Parquet file: {exc}") from None
    for n, record in enumerate(table.to_pylist(), start=1):
        yield n, record


def _hf(path: Path) -> Iterator[Row]:
    """A folder written by datasets' save_to_disk (Dataset or DatasetDict), or a folder of
    data files (jsonl/json/csv/parquet) as on the Hub."""
    if (path / "dataset_info.json").exists() or (path / "dataset_dict.json").exists() \
            or (path / "state.json").exists():
        import datasets

        try:
            ds = datasets.load_from_disk(str(path))
        except Exception as exc:
            raise ImportRejected(f"{path} is not a readable datasets folder: {exc}") from None
        splits = ds.items() if isinstance(ds, datasets.DatasetDict) else [("", ds)]
        n = 0
        for _name, split in splits:
            for record in split:
                n += 1
                yield n, dict(record)
        return
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in
                   {".jsonl", ".json", ".csv", ".parquet", ".ndjson"})
    if not files:
        raise ImportRejected(f"{path} holds no dataset: expected save_to_disk output or "
                             ".jsonl/.json/.csv/.parquet files")
    offset = 0
    for f in files:
        _fmt, rows = read_rows(f)
        last = 0
        for n, rec in rows:
            last = n
            if isinstance(rec, RowProblem):
                rec.reason = f"{f.name}: {rec.reason}"
            yield offset + n, rec
        offset += last
