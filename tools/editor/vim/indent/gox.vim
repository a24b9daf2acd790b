" Indentation for gox (Go syntax compiled by goxx), following gofmt's layout:
"   - a line after one that opens a block, call, composite literal or group ({ ( [ left unclosed) is indented
"     one level more;
"   - a line starting with a closer (} ) ]) goes back one level;
"   - case/default labels sit at the level of their switch/select, and the statements under them one deeper;
"   - a statement label alone on its line sits one level left of the statements around it.
" The previous line's brackets are counted outside strings, runes and comments (judged by the syntax items
" when syntax highlighting is on, by a plain text scan otherwise), so "{" in a string changes nothing.

if exists('b:did_indent')
  finish
endif
let b:did_indent = 1

setlocal nolisp
setlocal autoindent
setlocal indentexpr=GoxIndent(v:lnum)
setlocal indentkeys=0{,0},0),0],:,!^F,o,O,e,<:>,0=case,0=default

let b:undo_indent = 'setlocal lisp< autoindent< indentexpr< indentkeys<'

if exists('*GoxIndent')
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

" True when the character at (lnum, col) belongs to a string, rune or comment.
function! s:InLiteralOrComment(lnum, col) abort
  return synIDattr(synID(a:lnum, a:col, 0), 'name') =~# '\v^gox%(String|RawString|Rune|Comment|Escape|FormatVerb|Todo)'
endfunction

" Net count of brackets the line leaves open: > 0 when it opens more than it closes. Closers at the very start
" of the line are not counted, because they already dedented the line itself.
function! s:OpenBrackets(lnum) abort
  let text = getline(a:lnum)
  let col = match(text, '\S')
  " Skip leading closers: '})' on a line of its own dedents that line and does not affect the next.
  while col >= 0 && col < len(text) && text[col] =~# '[})\]]'
    let col += 1
  endwhile
  let depth = 0
  let use_syntax = exists('g:syntax_on') && exists('b:current_syntax')
  let in_string = ''
  while col >= 0 && col < len(text)
    let ch = text[col]
    if use_syntax
      if ch =~# '[{(\[]' && !s:InLiteralOrComment(a:lnum, col + 1)
        let depth += 1
      elseif ch =~# '[})\]]' && !s:InLiteralOrComment(a:lnum, col + 1)
        let depth -= 1
      endif
    else
      " Without syntax items: a small scanner for "...", '...', `...` (one line) and // comments.
      if in_string !=# ''
        if ch ==# '\' && in_string !=# '`'
          let col += 1
        elseif ch ==# in_string
          let in_string = ''
        endif
      elseif ch =~# '["''`]'
        let in_string = ch
      elseif ch ==# '/' && text[col + 1] ==# '/'
        break
      elseif ch =~# '[{(\[]'
        let depth += 1
      elseif ch =~# '[})\]]'
        let depth -= 1
      endif
    endif
    let col += 1
  endwhile
  return depth
endfunction

function! s:IsCaseLabel(text) abort
  return a:text =~# '\v^\s*%(case>.*|default\s*):\s*%(//.*)?$'
endfunction

" A statement label alone on its line ("Loop:"); gofmt puts it one level left of the statements around it.
function! s:IsStatementLabel(text) abort
  return a:text =~# '\v^\s*%(%(case|default)>)@!\h\w*:\s*%(//.*)?$'
endfunction

function! GoxIndent(lnum) abort
  " Inside a raw string or block comment the text is the user's: keep whatever indentation it has.
  if exists('g:syntax_on') && exists('b:current_syntax')
    let first = match(getline(a:lnum), '\S') + 1
    if first > 0 && synIDattr(synID(a:lnum, first, 0), 'name') =~# '\v^gox%(RawString|Comment|Todo)'
          \ && getline(a:lnum) !~# '^\s*//'
      return -1
    endif
  endif
  let prev = prevnonblank(a:lnum - 1)
  if prev == 0
    return 0
  endif
  let ind = indent(prev)
  let prev_text = getline(prev)
  let this_text = getline(a:lnum)

  if s:OpenBrackets(prev) > 0 || s:IsCaseLabel(prev_text) || s:IsStatementLabel(prev_text)
    let ind += shiftwidth()
  endif
  if this_text =~# '^\s*[})\]]' || this_text =~# '\v^\s*%(case>|default\s*:)' || s:IsStatementLabel(this_text)
    let ind -= shiftwidth()
  endif
  return ind < 0 ? 0 : ind
endfunction

let &cpo = s:cpo_save
unlet s:cpo_save
