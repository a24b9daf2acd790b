// Lexer for .gox files (Go 1.22 tokens).
//
// Deliberately permissive: malformed literals and stray characters still become tokens (INVALID_CHAR,
// UNTERMINATED_*, numbers with bad digits) so that the semicolon-inserting token source
// (compiler/syntax/semicolon_token_source.*) can report them in gc's words instead of ANTLR's.
// Newlines and comments go to the hidden channel; that token source inspects them to insert Go's
// automatic semicolons (the parser never sees NEWLINES). SEMI is produced only for a ';'
// written in the source; inserted ones are made by the token source.
lexer grammar GoxLexer;

// Keywords (before IDENT so that they win on equal length).
BREAK: 'break';
CASE: 'case';
CHAN: 'chan';
CONST: 'const';
CONTINUE: 'continue';
DEFAULT: 'default';
DEFER: 'defer';
ELSE: 'else';
FALLTHROUGH: 'fallthrough';
FOR: 'for';
FUNC: 'func';
GO: 'go';
GOTO: 'goto';
IF: 'if';
IMPORT: 'import';
INTERFACE: 'interface';
MAP: 'map';
PACKAGE: 'package';
RANGE: 'range';
RETURN: 'return';
SELECT: 'select';
STRUCT: 'struct';
SWITCH: 'switch';
TYPE: 'type';
VAR: 'var';

IDENT: LETTER (LETTER | UNICODE_DIGIT)*;

// Operators and punctuation (longest match decides between e.g. '&' '&&' '&=' '&^' '&^=').
DEFINE: ':=';
ELLIPSIS: '...';
ARROW: '<-';
INC: '++';
DEC: '--';
OROR: '||';
ANDAND: '&&';
EQL: '==';
NEQ: '!=';
LEQ: '<=';
GEQ: '>=';
ASSIGN_OP: '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^=';
SHL: '<<';
SHR: '>>';
AND_NOT: '&^';
ASSIGN: '=';
LSS: '<';
GTR: '>';
PLUS: '+';
MINUS: '-';
STAR: '*';
DIV: '/';
MOD: '%';
AMP: '&';
OR: '|';
CARET: '^';
NOT: '!';
TILDE: '~';
LPAREN: '(';
RPAREN: ')';
LBRACK: '[';
RBRACK: ']';
LBRACE: '{';
RBRACE: '}';
COMMA: ',';
SEMI: ';';
COLON: ':';
DOT: '.';

// Numbers: the token source validates digits, underscores and exponents (gc's messages) and classifies
// int / float / imaginary. Hexadecimal mantissas use 'p' exponents, so 0x1e+2 is 0x1e + 2.
HEX_NUMBER: '0' [xX] (HEX_DIGIT | '_')* ('.' (HEX_DIGIT | '_')*)? ([pP] [+-]? (DEC_DIGIT | '_')*)? 'i'?;
OCT_BIN_NUMBER: '0' [oObB] (DEC_DIGIT | '_')* 'i'?;
DEC_NUMBER
  : DEC_DIGIT (DEC_DIGIT | '_')* ('.' (DEC_DIGIT | '_')*)? DEC_EXPONENT? 'i'?
  | '.' DEC_DIGIT (DEC_DIGIT | '_')* DEC_EXPONENT? 'i'?
  ;

// Strings and runes: escapes are validated by the token source.
STRING: '"' (~["\\\n] | '\\' ~[\n])* '"';
RAW_STRING: '`' ~'`'* '`';
RUNE: '\'' (~['\\\n] | '\\' ~[\n])* '\'';
UNTERMINATED_STRING: '"' (~["\\\n] | '\\' ~[\n])* '\\'?;
UNTERMINATED_RAW_STRING: '`' ~'`'*;
UNTERMINATED_RUNE: '\'' (~['\\\n] | '\\' ~[\n])* '\\'?;

// Whitespace within a line is skipped (no token is even created: tokens cost time). Whitespace that
// contains newlines is one hidden NEWLINES token; the token source inserts semicolons at its first
// '\n' and also looks at comments.
WS: [ \t\r\f]+ -> skip;
NEWLINES: [ \t\r\f]* '\n' [ \t\r\n\f]* -> channel(HIDDEN);
LINE_COMMENT: '//' ~[\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN);
UNTERMINATED_COMMENT: '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(HIDDEN);

// Anything else: reported as "invalid character U+0040 '@'" and dropped.
INVALID_CHAR: .;

fragment LETTER: [\p{L}_];
fragment UNICODE_DIGIT: [\p{Nd}];
fragment DEC_DIGIT: [0-9];
fragment HEX_DIGIT: [0-9a-fA-F];
fragment DEC_EXPONENT: [eE] [+-]? (DEC_DIGIT | '_')*;
