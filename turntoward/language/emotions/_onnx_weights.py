"""Read the initializers (weights) of an ONNX file without the onnx package.

An ONNX file is a protobuf `ModelProto`; its `graph` (field 7) holds the
weights as `TensorProto` messages in `initializer` (field 5). Only the few
fields needed to rebuild a tensor are decoded, so the NumPy backend can run
the very file that ONNX Runtime runs, and the package ships one artifact.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

# ONNX TensorProto.DataType -> NumPy dtype, for the types our exports use.
_DTYPES: dict[int, type[np.generic]] = {
    1: np.float32,
    2: np.uint8,
    3: np.int8,
    6: np.int32,
    7: np.int64,
}


class OnnxFormatError(ValueError):
    """The bytes are not a well-formed ONNX model of the expected shape."""


def _varint(buf: memoryview, pos: int) -> tuple[int, int]:
    """Decode a protobuf varint at pos; return its value and the next pos."""
    result = 0
    shift = 0
    while True:
        if pos >= len(buf):
            raise OnnxFormatError("truncated varint")
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise OnnxFormatError("varint too long")


def _fields(buf: memoryview) -> list[tuple[int, int, int | memoryview]]:
    """Split a message into (field number, wire type, value) triples."""
    out: list[tuple[int, int, int | memoryview]] = []
    pos = 0
    while pos < len(buf):
        key, pos = _varint(buf, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(buf, pos)
            out.append((number, wire, value))
        elif wire == 2:
            size, pos = _varint(buf, pos)
            if pos + size > len(buf):
                raise OnnxFormatError("field runs past the end of the data")
            out.append((number, wire, buf[pos : pos + size]))
            pos += size
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        else:
            raise OnnxFormatError(f"unsupported protobuf wire type {wire}")
    if pos != len(buf):
        raise OnnxFormatError("message runs past the end of the data")
    return out


def _packed_varints(buf: memoryview) -> list[int]:
    """Decode a packed repeated varint field."""
    values: list[int] = []
    pos = 0
    while pos < len(buf):
        value, pos = _varint(buf, pos)
        values.append(value)
    return values


def _tensor(buf: memoryview) -> tuple[str, npt.NDArray[np.generic]]:
    """Decode one TensorProto into its name and array."""
    dims: list[int] = []
    dtype_code = 0
    name = ""
    raw: memoryview | None = None
    packed: dict[int, memoryview] = {}
    for number, _wire, value in _fields(buf):
        if number == 1:
            if isinstance(value, int):
                dims.append(value)
            else:
                dims.extend(_packed_varints(value))
        elif number == 2 and isinstance(value, int):
            dtype_code = value
        elif number == 8 and isinstance(value, memoryview):
            name = bytes(value).decode("utf-8")
        elif number == 9 and isinstance(value, memoryview):
            raw = value
        elif number in (4, 5, 7) and isinstance(value, memoryview):
            packed[number] = value
    dtype = _DTYPES.get(dtype_code)
    if dtype is None:
        raise OnnxFormatError(f"tensor {name!r} has unsupported type {dtype_code}")
    if raw is not None:
        array: npt.NDArray[np.generic] = np.frombuffer(raw, dtype=dtype).copy()
    elif 4 in packed:
        array = np.frombuffer(packed[4], dtype=np.float32).astype(dtype)
    elif 5 in packed:
        array = np.array(_packed_varints(packed[5]), dtype=np.int64)
        # int32_data carries int8/uint8 too, as (unsigned) varints.
        array = array.astype(np.uint8 if dtype_code == 2 else np.int64)
        array = array.astype(dtype)
    elif 7 in packed:
        array = np.array(_packed_varints(packed[7]), dtype=np.uint64)
        array = array.view(np.int64).astype(dtype)
    else:
        array = np.zeros(0, dtype=dtype)
    size = int(np.prod(dims)) if dims else 1
    if array.size != size:
        raise OnnxFormatError(
            f"tensor {name!r} holds {array.size} values, its shape needs {size}"
        )
    return name, array.reshape(dims)


def read_initializers(
    data: bytes, wanted: set[str]
) -> dict[str, npt.NDArray[np.generic]]:
    """Return the named initializers of an ONNX model as NumPy arrays."""
    view = memoryview(data)
    graphs = [v for n, w, v in _fields(view) if n == 7 and isinstance(v, memoryview)]
    if len(graphs) != 1:
        raise OnnxFormatError("no graph in the model")
    found: dict[str, npt.NDArray[np.generic]] = {}
    for number, _, value in _fields(graphs[0]):
        if number != 5 or not isinstance(value, memoryview):
            continue
        name, array = _tensor(value)
        if name in wanted:
            found[name] = array
    missing = wanted - found.keys()
    if missing:
        raise OnnxFormatError(f"missing weights: {sorted(missing)[:3]}")
    return found
