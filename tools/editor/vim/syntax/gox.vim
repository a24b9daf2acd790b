" Vim syntax file for gox: Go syntax (Go 1.22 semantics) compiled to C++ by goxx.
" Token rules follow the Go specification's "Lexical elements": escapes accepted in strings and runes are
" exactly the spec's (\' only in runes, \" only in strings, octal at most \377, no surrogate halves, nothing
" above U+10FFFF) and anything else after a backslash is highlighted as an error, as are malformed numbers.
"
" Priority rules this file relies on (see :help syn-priority): among matches starting at the same column the
" one defined last wins, and keywords beat matches. So catch-all error patterns are defined before the valid
" forms they back up, and operators are defined before comments so "//" starts a comment, not a division.

if exists('b:current_syntax')
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

syn case match

" Keywords of the spec, grouped by what they do.
syn keyword goxStatement    break continue fallthrough goto return
syn keyword goxConditional  if else switch select
syn keyword goxLabel        case default
syn keyword goxRepeat       for range
syn keyword goxConcurrency  go defer chan
syn keyword goxDeclaration  func type struct interface map var const
syn keyword goxInclude      package import

" Predeclared identifiers.
syn keyword goxBuiltinType  bool byte rune string error any comparable uintptr
syn keyword goxBuiltinType  int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64
syn keyword goxBuiltinType  float32 float64 complex64 complex128
syn keyword goxBoolean      true false
syn keyword goxConstant     nil iota
" Builtin functions only where they are called (not after a selector), so `max := 0` stays a variable.
syn match   goxBuiltinFunc  "\v%(\.)@1<!<%(append|cap|clear|close|complex|copy|delete|imag|len|make|max|min|new|panic|print|println|real|recover)>\ze\s*\("

" Operators first, so that comments (defined later) win where both start.
syn match   goxOperator     "\v[-+*/%&|^<>=!~:]"
syn match   goxOperator     "\v\.\.\."
syn match   goxChannelOp    "<-"
syn match   goxDefineOp     ":="

" Declared names.
syn match   goxFunction     "\v%(<func>\s*%(\([^()]*\)\s*)?)@<=%(%(func|chan|map|struct|interface)>)@!\h\w*\ze\s*[\[(]"
syn match   goxTypeName     "\v%(<type>\s+)@<=\h\w*"
syn match   goxLabelName    "\v^\s*\zs%(%(case|default)>)@!\h\w*\ze:%(\=)@!\s*%($|//|/\*|for>|switch>|select>|\{)"
syn match   goxLabelName    "\v%(<%(break|continue|goto)>\s+)@<=\h\w*"

" Numbers: the catch-all error first, then each valid form of int_lit, float_lit and imaginary_lit.
syn match   goxNumberError  "\v%(\w|\.)@1<!\d[0-9A-Za-z_.]*"
syn match   goxDecimal      "\v%(\w|\.)@1<!%(0|[1-9]%(_?\d)*)%(\w|\.)@!"
syn match   goxOctal        "\v%(\w|\.)@1<!0_?\o%(_?\o)*%(\w|\.)@!"
syn match   goxOctal        "\v%(\w|\.)@1<!0[oO]_?\o%(_?\o)*%(\w|\.)@!"
syn match   goxHex          "\v%(\w|\.)@1<!0[xX]_?\x%(_?\x)*%(\w|\.)@!"
syn match   goxBinary       "\v%(\w|\.)@1<!0[bB]_?[01]%(_?[01])*%(\w|\.)@!"
syn match   goxFloat        "\v%(\w|\.)@1<!%(\d%(_?\d)*\.%(\d%(_?\d)*)?%([eE][-+]?\d%(_?\d)*)?|\d%(_?\d)*[eE][-+]?\d%(_?\d)*)%(\w|\.)@!"
syn match   goxFloat        "\v%(\w|\.)@1<!\.\d%(_?\d)*%([eE][-+]?\d%(_?\d)*)?%(\w|\.)@!"
syn match   goxHexFloat     "\v%(\w|\.)@1<!0[xX]%(_?\x%(_?\x)*%(\.%(\x%(_?\x)*)?)?|\.\x%(_?\x)*)[pP][-+]?\d%(_?\d)*%(\w|\.)@!"
syn match   goxImaginary    "\v%(\w|\.)@1<!%(\d%(_?\d)*|0[xX]_?\x%(_?\x)*|0[bB]_?[01]%(_?[01])*|0[oO]_?\o%(_?\o)*)i%(\w|\.)@!"
syn match   goxImaginary    "\v%(\w|\.)@1<!%(\d%(_?\d)*\.%(\d%(_?\d)*)?%([eE][-+]?\d%(_?\d)*)?|\d%(_?\d)*[eE][-+]?\d%(_?\d)*|\.\d%(_?\d)*%([eE][-+]?\d%(_?\d)*)?)i%(\w|\.)@!"
syn match   goxImaginary    "\v%(\w|\.)@1<!0[xX]%(_?\x%(_?\x)*%(\.%(\x%(_?\x)*)?)?|\.\x%(_?\x)*)[pP][-+]?\d%(_?\d)*i%(\w|\.)@!"

" Escapes: the catch-all error first, then the valid ones.
syn match   goxEscapeError  contained "\\\%(.\|$\)"
syn match   goxEscape       contained "\\[abfnrtv\\]"
syn match   goxStringQuote  contained +\\"+
syn match   goxRuneQuote    contained +\\'+
syn match   goxEscape       contained "\\[0-3]\o\o"
syn match   goxEscape       contained "\\x\x\x"
syn match   goxEscape       contained "\v\\u%([dD][89abAB])@!\x{4}"
syn match   goxEscape       contained "\v\\U%(0010\x{4}|000%(0[dD][89abAB])@!\x{5})"
syn match   goxFormatVerb   contained "\v\%%(\%|[-+# 0]*%(\[\d+\])?%(\d+|\*)?%(\.%(\d+|\*)?)?%(\[\d+\])?[vTtbcdoOqxXUeEfFgGspw])"
syn cluster goxEscapes      contains=goxEscapeError,goxEscape

" Literals. Interpreted strings and runes cannot span lines; raw strings can.
syn region  goxString       start=+"+ skip=+\\\\\|\\"+ end=+"+ oneline contains=@goxEscapes,goxStringQuote,goxFormatVerb,@Spell
syn region  goxRune         start=+'+ skip=+\\\\\|\\'+ end=+'+ oneline contains=@goxEscapes,goxRuneQuote
syn region  goxRawString    start=+`+ end=+`+ contains=goxFormatVerb,@Spell

" Comments last among the items that can start at "/".
syn keyword goxTodo         contained TODO FIXME XXX BUG NOTE
syn region  goxComment      start="//" end="$" contains=goxTodo,@Spell
syn region  goxComment      start="/\*" end="\*/" contains=goxTodo,@Spell fold

" Blocks fold; a block comment folds too (see above).
syn region  goxBlock        start="{" end="}" transparent fold

" A raw string or block comment may have started far above the window.
syn sync minlines=200

hi def link goxStatement    Statement
hi def link goxConditional  Conditional
hi def link goxLabel        Label
hi def link goxRepeat       Repeat
hi def link goxConcurrency  Keyword
hi def link goxDeclaration  Keyword
hi def link goxInclude      Include
hi def link goxBuiltinType  Type
hi def link goxBuiltinFunc  Function
hi def link goxBoolean      Boolean
hi def link goxConstant     Constant
hi def link goxOperator     Operator
hi def link goxChannelOp    Operator
hi def link goxDefineOp     Operator
hi def link goxFunction     Function
hi def link goxTypeName     Type
hi def link goxLabelName    Label
hi def link goxNumberError  Error
hi def link goxDecimal      Number
hi def link goxOctal        Number
hi def link goxHex          Number
hi def link goxBinary       Number
hi def link goxFloat        Float
hi def link goxHexFloat     Float
hi def link goxImaginary    Number
hi def link goxEscapeError  Error
hi def link goxEscape       SpecialChar
hi def link goxStringQuote  SpecialChar
hi def link goxRuneQuote    SpecialChar
hi def link goxFormatVerb   SpecialChar
hi def link goxString       String
hi def link goxRune         Character
hi def link goxRawString    String
hi def link goxTodo         Todo
hi def link goxComment      Comment

let b:current_syntax = 'gox'

let &cpo = s:cpo_save
unlet s:cpo_save
