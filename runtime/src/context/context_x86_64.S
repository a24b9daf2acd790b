// x86-64 System V context switch. See context.h.
//
// void goxx_ctx_switch(void** save_sp /* rdi */, void* new_sp /* rsi */)
// Frame it leaves on the suspended stack, from the saved sp upwards:
//   [sp+0]  mxcsr (4 bytes), x87 control word (2 bytes), padding
//   [sp+8]  r15, r14, r13, r12, rbx, rbp
//   [sp+56] return address
// contextInit builds the same frame on a fresh stack with the return address pointing at
// goxx_ctx_trampoline, rbx = entry function and r12 = its argument.
        .text
        .globl  goxx_ctx_switch
        .type   goxx_ctx_switch, @function
        .p2align 4
goxx_ctx_switch:
        .cfi_startproc
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        subq    $8, %rsp
        stmxcsr (%rsp)
        fnstcw  4(%rsp)
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        ldmxcsr (%rsp)
        fldcw   4(%rsp)
        addq    $8, %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .cfi_endproc
        .size   goxx_ctx_switch, .-goxx_ctx_switch

// First code run on a new stack: entry(arg). The entry never returns; ud2 catches it if it does.
        .globl  goxx_ctx_trampoline
        .type   goxx_ctx_trampoline, @function
        .p2align 4
goxx_ctx_trampoline:
        .cfi_startproc
        .cfi_undefined rip
        movq    %r12, %rdi
        callq   *%rbx
        ud2
        .cfi_endproc
        .size   goxx_ctx_trampoline, .-goxx_ctx_trampoline

        .section .note.GNU-stack,"",@progbits
