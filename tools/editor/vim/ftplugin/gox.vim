" Filetype plugin for gox (Go syntax compiled by goxx): comment format, tabs, and the goxx checker as :make.
" gofmt layout is tabs for indentation, so the buffer keeps real tabs of display width 4 or whatever the user
" prefers; only 'expandtab' is forced off.

if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

let s:cpo_save = &cpo
set cpo&vim

setlocal commentstring=//\ %s
setlocal comments=s1:/*,mb:*,ex:*/,://
setlocal formatoptions-=t formatoptions+=croql
setlocal noexpandtab
setlocal suffixesadd=.gox
" Go identifiers are letters, digits and underscore; keep Vim's default Latin-1 letters too.
setlocal iskeyword=@,48-57,_,192-255

" :make runs `goxx check` on the current file; errors come back as FILE:LINE:COLUMN: MESSAGE.
let &l:makeprg = get(g:, 'goxx_path', 'goxx') . ' check %'
setlocal errorformat=%f:%l:%c:\ %trror:\ %m,%f:%l:%c:\ %tarning:\ %m,%f:%l:%c:\ %m

let b:undo_ftplugin = 'setlocal commentstring< comments< formatoptions< expandtab< suffixesadd< iskeyword<'
      \ . ' makeprg< errorformat<'

let &cpo = s:cpo_save
unlet s:cpo_save
