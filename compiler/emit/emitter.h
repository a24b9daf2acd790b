// The emitter's internal interface: one Emitter per program, one FuncState per function being emitted.
//
// Layout of the output (each a separate buffer, concatenated by emitProgram):
//   prologue      #include <goxx/program.h>
//   typeFwd       forward declarations of every generated struct (named types, unnamed structs,
//                 interfaces), inside their package namespaces
//   typeDefs      their definitions, in by-value dependency order (a struct's field types first)
//   typeInfo      goxx::TypeOf / goxx::GoHash specializations for the generated types
//   protos        prototypes of every function, method and method-table wrapper
//   globals       package-level variables, call-site caches, source positions
//   bodies        function definitions, package initialization, and C++ main
// Types and helper declarations are discovered while bodies are emitted (cppType() registers a type the
// first time it is named), which is why bodies are produced into their own buffer first.
//
// Expressions are produced as C++ expression text (std::string); statements are written line by line
// into the current function's buffer. Go's left-to-right evaluation order is kept by evaluating into
// temporaries wherever C++ leaves the order unspecified (call arguments with several calls, multi-value
// assignment, go/defer arguments).
#pragma once

#include "check/check.h"
#include "emit/capture_analysis.h"
#include "emit/emit.h"
#include "types/object.h"
#include "types/type.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/DenseSet.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace goxx::emit {

// Text with indentation.
// A C++ string literal with the bytes of s (escapes for quotes, backslashes and non-printable bytes).
std::string cppStringLiteral(const std::string& s);

class CodeBuffer {
public:
  void line(const std::string& text) {
    text_.append(static_cast<size_t>(indent_) * 2, ' ');
    text_ += text;
    text_ += '\n';
  }
  void raw(const std::string& text) { text_ += text; }
  void indent() { ++indent_; }
  void dedent() { --indent_; }
  const std::string& text() const { return text_; }
  std::string& mutableText() { return text_; }

private:
  std::string text_;
  int indent_ = 0;
};

// What `break` / `continue` (with or without a label) jump to inside the current function.
struct BranchTarget {
  const syntax::Stmt* stmt = nullptr; // the for/switch/select statement
  std::string label;                  // the Go label on it, if any
  std::string breakLabel;             // C++ label after the statement
  std::string continueLabel;          // C++ label at the end of a loop body (empty for switch/select)
  bool usedBreak = false;
  bool usedContinue = false;
};

// Per-function emission state (a function literal gets its own, nested in its parent's).
struct FuncState {
  const syntax::Node* node = nullptr;   // FuncDecl or FuncLit
  types::Signature* sig = nullptr;
  std::string goName;                   // "main.worker" for positions
  CodeBuffer* out = nullptr;
  bool hasDefer = false;
  std::vector<std::string> resultNames; // C++ names of the result variables (when hasDefer or named)
  bool namedResults = false;
  std::vector<BranchTarget> targets;
  std::map<std::string, std::string> gotoLabels; // Go label -> C++ label
  int temp = 0;
};

class Emitter {
public:
  Emitter(check::Session& session, types::Package* mainPkg, const check::TypeInfo& info,
          const std::vector<const syntax::File*>& files, const EmitOptions& options);
  bool run(std::string& out);

  // ---- types (cpp_types.cpp)
  std::string cppType(types::Type* t);
  std::string tupleType(types::Tuple* t);    // void / T / std::tuple<...>
  std::string funcSignature(types::Signature* sig); // R(A, B)
  std::string typeDescExpr(types::Type* t);  // goxx::typeOf<cpp(T)>()
  std::string zeroValue(types::Type* t);     // cpp(T){}
  bool isNamedWrapper(types::Type* t) const; // named non-struct, non-interface generated type
  std::string underlyingValue(types::Type* t, const std::string& expr); // expr.v for wrappers
  std::string wrapValue(types::Type* t, const std::string& underlyingExpr);
  void emitTypeSections();

  // ---- names (cpp_names.cpp)
  std::string packageNamespace(const types::Package* pkg) const;
  std::string qualifiedName(const types::Object* obj);
  std::string localName(const types::Object* obj);
  std::string methodFuncName(types::Named* recvBase, const std::string& method);
  std::string freshTemp(const char* prefix = "t");
  std::string freshLabel(const char* prefix);
  std::string srcPos(const syntax::Node* n);
  std::string lineDirective(const syntax::Node* n);

  // ---- declarations (decls.cpp)
  void emitPackage(types::Package* pkg, const check::TypeInfo& info, const std::vector<const syntax::File*>& files);
  void emitFuncDecl(const syntax::FuncDecl* fd);
  void emitFunctionBody(FuncState& fs, const syntax::FuncType* type, const syntax::BlockStmt* body,
                        const std::vector<std::string>& paramPrologue);
  std::string paramList(types::Signature* sig, const syntax::FuncType* type, std::vector<std::string>& prologue,
                        bool withRecv);
  void emitMethodSetWrappers();

  // ---- statements (stmt.cpp, assign.cpp, for.cpp, switch.cpp, select.cpp)
  void emitBlock(const syntax::BlockStmt* b);
  void emitStmtList(const std::vector<syntax::Stmt*>& list);
  void emitStmt(const syntax::Stmt* s);
  void emitSimpleStmt(const syntax::Stmt* s);
  void emitAssign(const syntax::AssignStmt* s);
  void emitVarDecl(const syntax::VarDecl* d);
  void emitDefineOrDeclare(const std::vector<types::Var*>& vars, const std::vector<const syntax::Expr*>& lhsExprs,
                           const std::vector<syntax::Expr*>& rhs, bool define, const syntax::Node* at);
  void declareLocal(types::Var* v, const std::string& init);
  void emitFor(const syntax::ForStmt* s, const std::string& label);
  void emitRange(const syntax::ForStmt* s, const std::string& label);
  void emitSwitch(const syntax::SwitchStmt* s, const std::string& label);
  void emitTypeSwitch(const syntax::SwitchStmt* s, const std::string& label);
  void emitSelect(const syntax::SelectStmt* s, const std::string& label);
  void emitReturn(const syntax::ReturnStmt* s);
  void emitBranch(const syntax::BranchStmt* s);
  void emitGoDefer(const syntax::CallStmt* s);
  void emitIf(const syntax::IfStmt* s);
  void emitStore(const syntax::Expr* lhs, const std::string& value);

  // ---- expressions (expr.cpp, call.cpp, builtins.cpp, convert.cpp, composite.cpp, constant.cpp)
  std::string expr(const syntax::Expr* e);                      // value of e, of e's own type
  std::string exprAs(const syntax::Expr* e, types::Type* target); // value converted to target (assignability)
  std::string convertValue(const std::string& v, types::Type* from, types::Type* to); // implicit conversions
  std::string addressOf(const syntax::Expr* e);                 // &e as Ptr<T>
  std::string lvalue(const syntax::Expr* e);                    // C++ lvalue text for assignable e
  std::string constantExpr(const constant::Value& v, types::Type* t);
  std::string callExpr(const syntax::CallExpr* c);
  std::string builtinCall(const syntax::CallExpr* c, types::BuiltinId id);
  std::string conversion(const syntax::CallExpr* c, types::Type* to);
  std::string convertExplicit(const std::string& v, types::Type* from, types::Type* to);
  std::string compositeLit(const syntax::CompositeLit* c, types::Type* t);
  std::string funcLit(const syntax::FuncLit* f);
  std::string funcLitLambda(const syntax::FuncLit* f);
  std::string binary(const syntax::Operation* op);
  // a op b on C++ operands of Go types ta, tb giving Go type tr (Go's integer rules: wrap, div, shifts).
  std::string binaryText(syntax::Operator op, const std::string& a, const std::string& b, types::Type* ta,
                         types::Type* tb, types::Type* tr);
  void beginLoopBody(BranchTarget& t);
  void endLoop(const BranchTarget& t);
  std::string unary(const syntax::Operation* op);
  std::string selector(const syntax::SelectorExpr* s);
  std::string index(const syntax::IndexExpr* e);
  std::string sliceExpr(const syntax::SliceExpr* e);
  std::string assertion(const syntax::AssertExpr* e);
  std::string funcValue(const syntax::Expr* fun);                // a callable C++ expression for a func value
  std::vector<std::string> callArgs(const syntax::CallExpr* c, types::Signature* sig);
  std::string methodValue(const syntax::SelectorExpr* s, const check::Selection& sel);
  std::string fieldPath(const std::string& base, types::Type* baseType, const std::vector<int>& path,
                        size_t count, types::Type** outType);
  std::string interfaceMethodCall(const std::string& recv, types::Type* ifaceType, types::Func* m,
                                  const std::vector<std::string>& args);
  std::string equality(const std::string& a, const std::string& b, types::Type* ta, types::Type* tb, bool eq);
  std::string methodCallText(const std::string& base, types::Type* baseType, const std::vector<int>& path,
                             types::Func* m, const std::vector<std::string>& args);
  std::string boxInterface(const std::string& v, types::Type* from, types::Type* iface);
  // Evaluates a multi-value expression (call, comma-ok form) into a temporary tuple; returns its name.
  std::string multiValue(const syntax::Expr* e, std::vector<types::Type*>& types);

  // ---- helpers
  types::Type* typeOf(const syntax::Expr* e) const;
  const check::TypeAndValue* tv(const syntax::Expr* e) const;
  types::Object* objectOf(const syntax::Name* n) const;
  bool needsCell(const types::Var* v) const { return captures_.needsCell(v); }
  std::string varRef(const types::Var* v); // the C++ expression for a variable's value (lvalue)
  void unsupported(const syntax::Node* at, const std::string& what);
  CodeBuffer& out() { return *fs_->out; }
  const check::TypeInfo& info() const { return *info_; }

  check::Session& session_;
  types::Package* mainPkg_;
  const check::TypeInfo* info_; // of the package being emitted
  const std::vector<const syntax::File*>& files_;
  const std::vector<const syntax::File*>* curFiles_ = nullptr; // of the package being emitted
  EmitOptions options_;
  CaptureAnalysis captures_;
  FuncState* fs_ = nullptr;
  bool failed_ = false;

  CodeBuffer typeFwd_, typeDefs_, typeInfo_, protos_, globals_, bodies_;
  int counter_ = 0;

  // Generated types: the Go type (canonical representative for unnamed ones) -> C++ name.
  std::vector<types::Type*> genTypes_;
  llvm::DenseMap<const types::Type*, std::string> genTypeNames_;
  std::string genTypeName(types::Type* t); // registers t
  std::set<std::string> emittedTypeDefs_;
  // Local variable names in the current function (for uniqueness).
  llvm::DenseMap<const types::Object*, std::string> localNames_;
  std::map<std::string, int> usedLocalNames_;
  // Packages whose Go code is emitted (main and bundled packages with Go bodies), in dependency order.
  std::vector<types::Package*> packages_;
  std::vector<std::string> initCalls_;
};

} // namespace goxx::emit
