// Parser for .gox files: the complete syntax of the Go 1.22 specification, written so that ANTLR's
// SLL prediction decides every choice with one to three tokens of lookahead and no semantic
// predicates. Semicolons (explicit or inserted by the token source) are ordinary SEMI tokens.
//
// Where Go itself is ambiguous between types and expressions, the grammar accepts a superset, as Go's
// own parser does, and compiler/syntax/ast_builder sorts it out (and reports what Go rejects):
//   * type literals are operands (make([]int, 3), []byte(s), map[K]V{}), `*T` is a unary expression;
//   * a parameter or struct field `a [N]T` vs. a generic `T[N]` shares one production (nameRest);
//   * `type A [N]int` vs. `type G[P any] ...` share one production (typeSpecRest);
//   * for/if/switch headers use the *NoLit expression rules, in which a bare name, selector or index
//     expression cannot be followed by a composite literal (the spec's parsing-ambiguity rule); array,
//     slice, struct and map type literals can, as in gc. Inside ( ) and [ ] full expressions return.
//   * outside headers every composite literal is a postfix (`[]int` `{1}`, as `T` `{1}`), so `{` after
//     an operand has one meaning; `operand` and `operandNoLit` are separate rules so that SLL's global
//     follow of `operand` never contains a header's block: a function literal's body and a type
//     literal's elements are then decided at their first tokens, not after scanning to their end.
//   * if/switch/for headers are parsed as "simple statement [; ...]" and split by the builder.
// Left recursion is avoided on purpose (ANTLR rewrites it with precedence predicates): binary
// expressions are flat operand/operator lists (see `expression`).
parser grammar GoxParser;

options { tokenVocab = GoxLexer; }

// ---------------------------------------------------------------- files and declarations

sourceFile: packageClause SEMI (topLevelDecl SEMI)* EOF;

packageClause: PACKAGE IDENT;

topLevelDecl: importDecl | constDecl | typeDecl | varDecl | funcDecl;

importDecl: IMPORT (importSpec | LPAREN (importSpec (SEMI importSpec)* SEMI?)? RPAREN);
importSpec: (DOT | IDENT)? importPath;
importPath: STRING | RAW_STRING;

constDecl: CONST (constSpec | LPAREN (constSpec (SEMI constSpec)* SEMI?)? RPAREN);
constSpec: identList (type_? ASSIGN expressionList)?;

varDecl: VAR (varSpec | LPAREN (varSpec (SEMI varSpec)* SEMI?)? RPAREN);
varSpec: identList (type_ (ASSIGN expressionList)? | ASSIGN expressionList);

typeDecl: TYPE (typeSpec | LPAREN (typeSpec (SEMI typeSpec)* SEMI?)? RPAREN);
typeSpec
  : IDENT ASSIGN type_                                   # aliasSpec
  | IDENT typeSpecRest                                   # definedTypeSpec
  ;
// After `type Name`: a type, or `[...]` that is an array length or a type-parameter list.
typeSpecRest
  : typeNoBracket                                         # plainTypeRest
  | LBRACK RBRACK type_                                   # sliceTypeRest
  | LBRACK ELLIPSIS RBRACK type_                          # dotsArrayTypeRest
  | LBRACK typeParamOrLen (COMMA typeParamOrLen)* COMMA? RBRACK type_  # bracketTypeRest
  ;
// One entry of `[...]` after a type name: `P constraint` (type parameter) or an expression (an array
// length, or a type parameter whose constraint follows later: `[P, Q any]`). Keeping typeElem off the
// end of `expression` keeps FOLLOW(expression) free of type-starting tokens like '(' and '['.
typeParamOrLen
  : IDENT typeElem                                        # typeParamEntry
  | expression                                            # lenEntry
  ;

funcDecl: FUNC receiver? IDENT typeParams? signature block?;
receiver: parameters;
typeParams: LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK;
typeParamDecl: identList typeElem;

identList: IDENT (COMMA IDENT)*;

// ---------------------------------------------------------------- types

type_
  : typeName typeArgs?                                    # namedType
  | typeLit                                               # literalType
  | LPAREN type_ RPAREN                                   # parenType
  ;
typeNoBracket
  : typeName typeArgs?                                    # namedTypeNB
  | nonBracketTypeLit                                     # literalTypeNB
  | LPAREN type_ RPAREN                                   # parenTypeNB
  ;
// A function result written without parentheses.
resultType
  : typeName typeArgs?                                    # namedResult
  | typeLit                                               # literalResult
  ;
typeName: IDENT (DOT IDENT)?;
typeArgs: LBRACK type_ (COMMA type_)* COMMA? RBRACK;

typeLit: arrayOrSliceType | nonBracketTypeLit;
nonBracketTypeLit: structType | pointerType | funcType | interfaceType | mapType | chanType;

arrayOrSliceType: LBRACK (expression | ELLIPSIS)? RBRACK type_;
pointerType: STAR type_;
funcType: FUNC signature;
mapType: MAP LBRACK type_ RBRACK type_;
chanType: forwardChanType | ARROW CHAN type_;
// `chan T` or `chan<- T`. The `<-` binds to the leftmost `chan`: `chan <-chan int` is `chan<- (chan int)`,
// so the element of a bidirectional channel never starts with `<-` (chanElem).
forwardChanType: CHAN ARROW type_ | CHAN chanElem;
chanElem: typeName typeArgs? | arrayOrSliceType | structType | pointerType | funcType | interfaceType
        | mapType | forwardChanType | LPAREN type_ RPAREN;

structType: STRUCT LBRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? RBRACE;
fieldDecl
  : IDENT (COMMA IDENT)+ type_ tag?                       # namesField
  | IDENT nameRest? tag?                                  # nameOrEmbeddedField
  | IDENT DOT IDENT typeArgs? tag?                        # qualifiedEmbeddedField
  | STAR typeName typeArgs? tag?                          # pointerEmbeddedField
  | LPAREN type_ RPAREN tag?                              # parenEmbeddedField
  ;
tag: STRING | RAW_STRING;

// After an identifier that may be a name (then a type follows) or a type itself (then nothing, or
// `[args]`, follows): used by parameters and struct fields.
nameRest
  : ELLIPSIS type_                                        # nameDotsRest
  | typeNoBracket                                         # nameTypeRest
  | LBRACK RBRACK type_                                   # nameSliceRest
  | LBRACK ELLIPSIS RBRACK type_                          # nameDotsArrayRest
  | LBRACK expression (COMMA expression)* COMMA? RBRACK type_?  # nameBracketRest
  ;

interfaceType: INTERFACE LBRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? RBRACE;
interfaceElem
  : IDENT signature                                       # methodElem
  | typeElem                                              # embeddedElem
  ;
typeElem: typeTerm (OR typeTerm)*;
typeTerm: TILDE? type_;

signature: parameters result?;
result: parameters | resultType;
parameters: LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN;
parameterDecl
  : IDENT nameRest?                                       # nameParam
  | IDENT DOT IDENT typeArgs?                             # qualifiedParam
  | typeLit                                               # typeLitParam
  | LPAREN type_ RPAREN                                   # parenParam
  | ELLIPSIS type_                                        # dotsParam
  ;

// ---------------------------------------------------------------- statements

block: LBRACE statementList RBRACE;
statementList: statement? (SEMI statement?)*;

statement
  : declStmt
  | labeledStmt
  | simpleStmt
  | goStmt
  | deferStmt
  | returnStmt
  | breakStmt
  | continueStmt
  | gotoStmt
  | fallthroughStmt
  | block
  | ifStmt
  | switchStmt
  | selectStmt
  | forStmt
  ;

declStmt: constDecl | typeDecl | varDecl;
labeledStmt: IDENT COLON statement?;

simpleStmt: expressionList simpleStmtRest?;
simpleStmtRest
  : (ASSIGN | DEFINE | ASSIGN_OP) expressionList          # assignRest
  | (INC | DEC)                                           # incDecRest
  | ARROW expression                                      # sendRest
  ;

goStmt: GO expression;
deferStmt: DEFER expression;
returnStmt: RETURN expressionList?;
breakStmt: BREAK IDENT?;
continueStmt: CONTINUE IDENT?;
gotoStmt: GOTO IDENT;
fallthroughStmt: FALLTHROUGH;

ifStmt: IF ifHeader block (ELSE (ifStmt | block))?;
// `if cond`, `if init; cond` (the builder checks the parts).
ifHeader
  : simpleStmtNoLit (SEMI expressionNoLit?)?
  | SEMI expressionNoLit?
  ;

switchStmt: SWITCH switchHeader? LBRACE caseClause* RBRACE;
switchHeader
  : simpleStmtNoLit (SEMI simpleStmtNoLit?)?
  | SEMI simpleStmtNoLit?
  ;
caseClause: (CASE expressionList | DEFAULT) COLON statementList;

selectStmt: SELECT LBRACE commClause* RBRACE;
commClause: (CASE simpleStmt | DEFAULT) COLON statementList;

forStmt: FOR forHeader? block;
forHeader
  : RANGE expressionNoLit                                 # rangeOnlyHeader
  | expressionListNoLit forHeaderRest?                    # exprHeader
  | SEMI forCondPost                                      # clauseHeader
  ;
forHeaderRest
  : (ASSIGN | DEFINE) RANGE expressionNoLit               # rangeRest
  | simpleStmtRestNoLit (SEMI forCondPost)?               # initRest
  | SEMI forCondPost                                      # condPostRest
  ;
forCondPost: expressionNoLit? SEMI simpleStmtNoLit?;

simpleStmtNoLit: expressionListNoLit simpleStmtRestNoLit?;
simpleStmtRestNoLit
  : (ASSIGN | DEFINE | ASSIGN_OP) expressionListNoLit     # assignRestNoLit
  | (INC | DEC)                                           # incDecRestNoLit
  | ARROW expressionNoLit                                 # sendRestNoLit
  ;

// ---------------------------------------------------------------- expressions

expressionList: expression (COMMA expression)*;

// Binary expressions are a flat list `operand (op operand)*`; the AST builder applies Go's five
// precedence levels (precedence climbing, as gc's parser does). One parse-tree node per expression
// instead of one per precedence level keeps the tree small and the parse fast.
expression: unaryExpr (binaryOp unaryExpr)*;
binaryOp: OROR | ANDAND | EQL | NEQ | LSS | LEQ | GTR | GEQ | PLUS | MINUS | OR | CARET | STAR | DIV | MOD
        | AMP | AND_NOT | SHL | SHR;
// Prefix operators apply to the operand with all its postfixes: -x.y[i] is -(x.y[i]).
unaryExpr: (PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW | TILDE)* operand postfix*;

postfix
  : DOT IDENT                                             # selectorPostfix
  | DOT LPAREN type_ RPAREN                               # assertPostfix
  | DOT LPAREN TYPE RPAREN                                # typeSwitchPostfix
  | indexSuffix                                           # indexPostfix
  | arguments                                             # callPostfix
  | literalValue                                          # compositePostfix
  ;

// The same for if/for/switch headers: no composite literal after a name, selector or index.
expressionListNoLit: expressionNoLit (COMMA expressionNoLit)*;
expressionNoLit: unaryExprNoLit (binaryOp unaryExprNoLit)*;
unaryExprNoLit: (PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW | TILDE)* operandNoLit postfixNoLit*;
postfixNoLit
  : DOT IDENT                                             # selectorPostfixNoLit
  | DOT LPAREN type_ RPAREN                               # assertPostfixNoLit
  | DOT LPAREN TYPE RPAREN                                # typeSwitchPostfixNoLit
  | indexSuffix                                           # indexPostfixNoLit
  | arguments                                             # callPostfixNoLit
  ;

// x[i], x[T1, T2], x[lo:hi], x[lo:hi:max] — the part after the first index decides.
indexSuffix
  : LBRACK COLON expression? (COLON expression?)? RBRACK  # sliceFromStart
  | LBRACK expression indexRest RBRACK                    # indexOrSlice
  ;
indexRest
  : COLON expression? (COLON expression?)?                # sliceRest
  | (COMMA expression)* COMMA?                            # indexList
  ;
arguments: LPAREN (expression (COMMA expression)* ELLIPSIS? COMMA?)? RPAREN;

operand
  : (DEC_NUMBER | HEX_NUMBER | OCT_BIN_NUMBER | RUNE | STRING | RAW_STRING)  # literalOperand
  | IDENT                                                 # nameOperand
  | LPAREN expression RPAREN                              # parenOperand
  | FUNC signature block?                                 # funcOperand
  | arrayOrSliceType                                      # arrayOperand
  | structType                                            # structOperand
  | mapType                                               # mapOperand
  | forwardChanType                                       # chanOperand
  | interfaceType                                         # interfaceOperand
  ;
// The same in headers, where postfixNoLit has no composite literal: a type literal takes its own.
operandNoLit
  : (DEC_NUMBER | HEX_NUMBER | OCT_BIN_NUMBER | RUNE | STRING | RAW_STRING)  # literalOperandNoLit
  | IDENT                                                 # nameOperandNoLit
  | LPAREN expression RPAREN                              # parenOperandNoLit
  | FUNC signature block?                                 # funcOperandNoLit
  | arrayOrSliceType literalValue?                        # arrayOperandNoLit
  | structType literalValue?                              # structOperandNoLit
  | mapType literalValue?                                 # mapOperandNoLit
  | forwardChanType                                       # chanOperandNoLit
  | interfaceType                                         # interfaceOperandNoLit
  ;

literalValue: LBRACE (element (COMMA element)* COMMA?)? RBRACE;
element: elementValue (COLON elementValue)?;
elementValue: expression | literalValue;
