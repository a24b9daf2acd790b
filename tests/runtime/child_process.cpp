// child_process.cpp — see child_process.h.
#include "child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <ctime>

#include "goxx/sched.h"

extern char** environ;

namespace goxx::test {

std::map<std::string, std::function<void()>>& childScenarios() {
  static std::map<std::string, std::function<void()>> scenarios;
  return scenarios;
}

ChildResult runChild(const std::string& name, const std::vector<std::string>& env) {
  int outPipe[2], errPipe[2];
  if (pipe2(outPipe, O_CLOEXEC) != 0 || pipe2(errPipe, O_CLOEXEC) != 0) return {};
  std::string arg = "--goxx-child=" + name;
  // The extra variables replace inherited ones of the same name (getenv would return the first match).
  std::vector<std::string> envStore(env.begin(), env.end());
  auto overridden = [&env](const char* entry) {
    for (const auto& e : env) {
      size_t eq = e.find('=');
      if (eq != std::string::npos && strncmp(entry, e.c_str(), eq + 1) == 0) return true;
    }
    return false;
  };
  for (char** e = environ; *e != nullptr; ++e)
    if (!overridden(*e)) envStore.emplace_back(*e);
  std::vector<char*> envp;
  for (auto& e : envStore) envp.push_back(e.data());
  envp.push_back(nullptr);
  char exe[] = "/proc/self/exe";
  char* argv[] = {exe, arg.data(), nullptr};

  pid_t pid = fork();
  if (pid == 0) {
    dup2(outPipe[1], 1);
    dup2(errPipe[1], 2);
    execve("/proc/self/exe", argv, envp.data());
    _exit(127);
  }
  close(outPipe[1]);
  close(errPipe[1]);
  ChildResult r;
  // Reading the pipes blocks this thread in the kernel: tell the scheduler.
  goxx::BlockingSyscall inKernel;
  pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
  int open = 2;
  time_t deadline = time(nullptr) + 60;
  while (open > 0) {
    int left = int(deadline - time(nullptr));
    if (left <= 0) {
      kill(pid, SIGKILL);
      r.err += "\n[runChild: timed out]\n";
      break;
    }
    if (poll(fds, 2, left * 1000) <= 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      char buf[4096];
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open;
        continue;
      }
      (i == 0 ? r.out : r.err).append(buf, size_t(n));
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  for (auto& f : fds)
    if (f.fd >= 0) close(f.fd);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

}  // namespace goxx::test
