// AArch64 (AAPCS64) context switch. See context.h.
//
// void goxx_ctx_switch(void** save_sp /* x0 */, void* new_sp /* x1 */)
// Frame on the suspended stack (160 bytes, 16-byte aligned):
//   [sp+0..95]   x19..x28, x29 (fp), x30 (lr: where the switch returns to)
//   [sp+96..159] d8..d15 (the callee-saved low halves of v8..v15)
// contextInit builds the same frame with x30 = goxx_ctx_trampoline, x19 = entry, x20 = argument.
        .text
        .globl  goxx_ctx_switch
        .type   goxx_ctx_switch, %function
        .p2align 4
goxx_ctx_switch:
        sub     sp, sp, #160
        stp     x19, x20, [sp, #0]
        stp     x21, x22, [sp, #16]
        stp     x23, x24, [sp, #32]
        stp     x25, x26, [sp, #48]
        stp     x27, x28, [sp, #64]
        stp     x29, x30, [sp, #80]
        stp     d8,  d9,  [sp, #96]
        stp     d10, d11, [sp, #112]
        stp     d12, d13, [sp, #128]
        stp     d14, d15, [sp, #144]
        mov     x2, sp
        str     x2, [x0]
        mov     sp, x1
        ldp     x19, x20, [sp, #0]
        ldp     x21, x22, [sp, #16]
        ldp     x23, x24, [sp, #32]
        ldp     x25, x26, [sp, #48]
        ldp     x27, x28, [sp, #64]
        ldp     x29, x30, [sp, #80]
        ldp     d8,  d9,  [sp, #96]
        ldp     d10, d11, [sp, #112]
        ldp     d12, d13, [sp, #128]
        ldp     d14, d15, [sp, #144]
        add     sp, sp, #160
        ret
        .size   goxx_ctx_switch, .-goxx_ctx_switch

        .globl  goxx_ctx_trampoline
        .type   goxx_ctx_trampoline, %function
        .p2align 4
goxx_ctx_trampoline:
        .cfi_startproc
        .cfi_undefined x30
        mov     x0, x20
        blr     x19
        brk     #0
        .cfi_endproc
        .size   goxx_ctx_trampoline, .-goxx_ctx_trampoline

        .section .note.GNU-stack,"",%progbits
