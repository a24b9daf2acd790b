#include "check_support.h"

#include "check/operand.h"
#include "syntax/parse.h"
#include "types/type_string.h"

namespace goxx::test {

std::unique_ptr<Checked> checkSource(const std::string& source, const std::string& name) {
  auto c = std::make_unique<Checked>();
  FileId id = c->diags.addFile(name, source);
  syntax::File* file = syntax::parseFile(c->arena, c->diags, id);
  c->session = std::make_unique<check::Session>(c->diags, c->arena);
  if (file == nullptr || c->diags.hasErrors()) {
    c->syntaxErrors = true;
    return c;
  }
  c->pkg = c->session->checkPackage({file}, c->info);
  return c;
}

std::vector<std::string> Checked::fullMessages() const {
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.sortedErrors()) out.push_back(d.message);
  return out;
}

std::vector<std::string> Checked::messages() const {
  std::vector<std::string> out;
  for (const std::string& m : fullMessages()) out.push_back(m.substr(0, m.find('\n')));
  return out;
}

const check::TypeAndValue* Checked::typeOf(const std::string& text) const {
  const check::TypeAndValue* best = nullptr;
  Pos bestPos;
  for (const auto& [e, tv] : info.types) {
    if (check::exprString(e) != text) continue;
    if (best == nullptr || e->pos < bestPos) {
      best = &tv;
      bestPos = e->pos;
    }
  }
  return best;
}

types::Object* Checked::lookup(const std::string& name) const {
  return pkg ? pkg->scope->lookupLocal(name) : nullptr;
}

std::string Checked::typeString(const types::Type* t) const { return types::typeString(t, pkg); }

} // namespace goxx::test
