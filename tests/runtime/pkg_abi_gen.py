#!/usr/bin/env python3
"""Writes pkg_<name>_abi_test.cpp: a compile-time check that every //goxx:extern of a bundled package
is callable / usable exactly as docs/ABI.md says generated code uses it.

    python3 tests/runtime/pkg_abi_gen.py fmt errors strings ...   (run from the repository root)

For each extern it derives cpp(T) of the Go declaration's parameter and result types and emits
  functions: static_assert(std::is_same_v<decltype(NAME(std::declval<cpp(A)>()...)), cpp(R)>)
  methods:   the same with the receiver first (T* for a pointer receiver, T for a value receiver)
  variables: static_assert(std::is_same_v<decltype((NAME)), cpp(T)&>)
  types:     default-constructible and copyable, and goxx::typeOf<NAME>() names the Go type.
Regenerate after changing a stub; a C++ signature that drifts from the stub then fails to compile.
"""
import re
import sys

BASIC = {
    'bool': 'bool', 'int': 'goxx::Int', 'uint': 'goxx::Uint', 'uintptr': 'goxx::Uint64',
    'int8': 'goxx::Int8', 'int16': 'goxx::Int16', 'int32': 'goxx::Int32', 'int64': 'goxx::Int64',
    'uint8': 'goxx::Uint8', 'byte': 'goxx::Uint8', 'uint16': 'goxx::Uint16', 'uint32': 'goxx::Uint32',
    'uint64': 'goxx::Uint64', 'rune': 'goxx::Int32', 'float32': 'float', 'float64': 'double',
    'string': 'goxx::String', 'error': 'goxx::Error', 'any': 'goxx::Any', 'interface{}': 'goxx::Any',
}


def split_top(s, sep=','):
    parts, depth, cur = [], 0, ''
    for c in s:
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        if c == sep and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += c
    if cur.strip():
        parts.append(cur.strip())
    return parts


class Package:
    def __init__(self, path):
        self.path = path
        self.name = path.split('/')[-1]
        self.src = open(f'compiler/stdlib/{path}/{self.name}.gox').read()
        self.externs = {}  # Go type name -> C++ name
        for m in re.finditer(r'//goxx:extern (\S+)\ntype (\w+)', self.src):
            self.externs[m.group(2)] = m.group(1)


# Types whose %T name is another package's (Go's os.FileMode is an alias of io/fs.FileMode).
RENAMED = {'os.FileMode': 'fs.FileMode', 'os.PathError': 'fs.PathError'}

PACKAGES = {}


def package(path):
    if path not in PACKAGES:
        PACKAGES[path] = Package(path)
    return PACKAGES[path]


IMPORTS = {'io': 'io', 'errors': 'errors', 'fmt': 'fmt', 'strings': 'strings', 'os': 'os', 'time': 'time'}


def cpp(t, pkg):
    t = t.strip()
    if t.startswith('...'):
        return f'goxx::Slice<{cpp(t[3:], pkg)}>'
    if t.startswith('[]'):
        return f'goxx::Slice<{cpp(t[2:], pkg)}>'
    if t.startswith('*'):
        return f'goxx::Ptr<{cpp(t[1:], pkg)}>'
    if t.startswith('func('):
        params, results = parse_signature(t[4:])
        return f'goxx::Func<{result_type(results, pkg)}({", ".join(cpp(p, pkg) for p in params)})>'
    if t in BASIC:
        return BASIC[t]
    if '.' in t:
        q, n = t.split('.')
        return package(IMPORTS[q]).externs[n]
    return pkg.externs[t]


def parse_params(s):
    """'(a, b string, c int)' -> ['string', 'string', 'int'] (types only)."""
    s = s.strip()
    assert s[0] == '(' and s[-1] == ')', s
    items = split_top(s[1:-1])
    named = any(len(split_top(i, ' ')) > 1 and not i.startswith('func') and not i.startswith('...') and
                not i.startswith('[]') and not i.startswith('*') for i in items)
    types, pending = [], 0
    for i in items:
        words = i.split(None, 1)
        if named:
            if len(words) == 1:
                pending += 1
                continue
            types += [words[1]] * (pending + 1)
            pending = 0
        else:
            types.append(i)
    return types


def parse_signature(s):
    """'(params) results' -> (param types, result types)."""
    depth = 0
    for i, c in enumerate(s):
        depth += c == '('
        depth -= c == ')'
        if depth == 0:
            break
    params = parse_params(s[:i + 1])
    rest = s[i + 1:].strip()
    if not rest:
        return params, []
    if rest.startswith('('):
        return params, parse_params(rest)
    return params, [rest]


def result_type(results, pkg):
    if not results:
        return 'void'
    if len(results) == 1:
        return cpp(results[0], pkg)
    return f'std::tuple<{", ".join(cpp(r, pkg) for r in results)}>'


def generate(path):
    pkg = package(path)
    out = []
    for m in re.finditer(r'//goxx:extern (\S+)\n(func|var|type) ([^\n]*)', pkg.src):
        name, kind, rest = m.groups()
        if kind == 'type':
            go_name = rest.split()[0]
            out.append(f'static_assert(std::is_default_constructible_v<{name}> && std::is_copy_constructible_v<{name}> &&\n'
                       f'              std::is_copy_assignable_v<{name}>);')
            go_type = RENAMED.get(f'{pkg.name}.{go_name}', f'{pkg.name}.{go_name}')
            out.append(f'TYPE_CHECK({name}, "{go_type}");')
        elif kind == 'var':
            left = rest.split('=')[0].split()
            # `var X T` names its type; `var X = errors.New(...)` is an error.
            var_type = ' '.join(left[1:]) if len(left) >= 2 else 'error'
            out.append(f'static_assert(std::is_same_v<decltype(({name})), {cpp(var_type, pkg)}&>);')
        else:
            recv = None
            if rest.startswith('('):
                end = rest.index(')')
                recv = rest[1:end].split()[1]
                rest = rest[end + 1:].strip()
            fname_end = rest.index('(')
            params, results = parse_signature(rest[fname_end:])
            args = [cpp(p, pkg) for p in params]
            if recv is not None:
                args.insert(0, f'{cpp(recv[1:], pkg)}*' if recv.startswith('*') else cpp(recv, pkg))
            decls = ', '.join(f'std::declval<{a}>()' for a in args)
            out.append(f'static_assert(std::is_same_v<decltype({name}({decls})), {result_type(results, pkg)}>);')
    return out


def main():
    for path in sys.argv[1:]:
        base = path.replace('/', '_')
        lines = generate(path)
        with open(f'tests/runtime/pkg_{base}_abi_test.cpp', 'w') as f:
            f.write(f'// pkg_{base}_abi_test.cpp — GENERATED by pkg_abi_gen.py from compiler/stdlib/{path}: every\n'
                    f'// //goxx:extern of package {path} is usable as docs/ABI.md says generated code uses it.\n')
            f.write('#include <doctest/doctest.h>\n\n#include <tuple>\n#include <type_traits>\n#include <utility>\n\n'
                    '#include "goxx/program.h"\n\n')
            f.write('#define TYPE_CHECK(T, GoName) \\\n'
                    f'  TEST_CASE("pkg/{path} abi: the descriptor of " GoName) {{ CHECK(goxx::typeOf<T>()->name == GoName); }}\n\n')
            f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
