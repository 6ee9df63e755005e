;; The machine's roofs as WebAssembly SIMD sees them: the most arithmetic one
;; thread can do (mul_add, fma) and the fastest it can read memory (stream).
;;
;; The arithmetic loops touch no memory and keep every value in a register.
;; Their chains are independent, enough of them to cover each instruction's
;; latency on two pipes, and their values are chosen so that nothing
;; overflows or turns subnormal. Each chain depends on its own last value, so
;; the optimiser cannot merge or hoist any of the work.
;;
;; mul_add has the instruction mix of the plain build of matmul.wat: one
;; f32x4.mul feeding one f32x4.add. fma has the mix of its relaxed build:
;; f32x4.relaxed_madd. The plain build of this module (without relaxed SIMD,
;; see scripts/vite-plugin-wat.mjs) splits fma into a multiply and an add
;; chained through one register, a slower loop that is no roof: callers run
;; fma only from the relaxed build.
;;
;; stream sums a range of memory with four v128 accumulators, 64 bytes a step,
;; so it is bound by how fast the bytes arrive, not by the additions.
(module
  (import "env" "memory" (memory 1 65536))

  ;; 7 pairs of chains: m = m·(−1) flips a sign exactly, s = s + m adds it.
  (func (export "mul_add") (param $iterations i32) (result f32)
    (local $a v128)
    (local $m0 v128) (local $m1 v128) (local $m2 v128) (local $m3 v128) (local $m4 v128) (local $m5 v128) (local $m6 v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128) (local $s4 v128) (local $s5 v128) (local $s6 v128)
    (local.set $a (f32x4.splat (f32.const -1)))
    (local.set $m0 (f32x4.splat (f32.const 1)))
    (local.set $m1 (f32x4.splat (f32.const 2)))
    (local.set $m2 (f32x4.splat (f32.const 3)))
    (local.set $m3 (f32x4.splat (f32.const 4)))
    (local.set $m4 (f32x4.splat (f32.const 5)))
    (local.set $m5 (f32x4.splat (f32.const 6)))
    (local.set $m6 (f32x4.splat (f32.const 7)))
    (loop $steps
      (local.set $m0 (f32x4.mul (local.get $m0) (local.get $a)))
      (local.set $s0 (f32x4.add (local.get $s0) (local.get $m0)))
      (local.set $m1 (f32x4.mul (local.get $m1) (local.get $a)))
      (local.set $s1 (f32x4.add (local.get $s1) (local.get $m1)))
      (local.set $m2 (f32x4.mul (local.get $m2) (local.get $a)))
      (local.set $s2 (f32x4.add (local.get $s2) (local.get $m2)))
      (local.set $m3 (f32x4.mul (local.get $m3) (local.get $a)))
      (local.set $s3 (f32x4.add (local.get $s3) (local.get $m3)))
      (local.set $m4 (f32x4.mul (local.get $m4) (local.get $a)))
      (local.set $s4 (f32x4.add (local.get $s4) (local.get $m4)))
      (local.set $m5 (f32x4.mul (local.get $m5) (local.get $a)))
      (local.set $s5 (f32x4.add (local.get $s5) (local.get $m5)))
      (local.set $m6 (f32x4.mul (local.get $m6) (local.get $a)))
      (local.set $s6 (f32x4.add (local.get $s6) (local.get $m6)))
      (local.set $iterations (i32.sub (local.get $iterations) (i32.const 1)))
      (br_if $steps (i32.gt_s (local.get $iterations) (i32.const 0))))
    ;; Returning the sum keeps the chains live.
    (f32x4.extract_lane 0 (f32x4.add (f32x4.add (f32x4.add (local.get $s0) (local.get $s1)) (f32x4.add (local.get $s2) (local.get $s3))) (f32x4.add (f32x4.add (local.get $s4) (local.get $s5)) (local.get $s6)))))

  ;; 12 chains c = c·a + b; with a = 0.5 and b = 1 each settles at 2.
  (func (export "fma") (param $iterations i32) (result f32)
    (local $a v128) (local $b v128)
    (local $c0 v128) (local $c1 v128) (local $c2 v128) (local $c3 v128) (local $c4 v128) (local $c5 v128) (local $c6 v128) (local $c7 v128) (local $c8 v128) (local $c9 v128) (local $c10 v128) (local $c11 v128)
    (local.set $a (f32x4.splat (f32.const 0.5)))
    (local.set $b (f32x4.splat (f32.const 1)))
    (local.set $c0 (f32x4.splat (f32.const 0)))
    (local.set $c1 (f32x4.splat (f32.const 1)))
    (local.set $c2 (f32x4.splat (f32.const 2)))
    (local.set $c3 (f32x4.splat (f32.const 3)))
    (local.set $c4 (f32x4.splat (f32.const 4)))
    (local.set $c5 (f32x4.splat (f32.const 5)))
    (local.set $c6 (f32x4.splat (f32.const 6)))
    (local.set $c7 (f32x4.splat (f32.const 7)))
    (local.set $c8 (f32x4.splat (f32.const 8)))
    (local.set $c9 (f32x4.splat (f32.const 9)))
    (local.set $c10 (f32x4.splat (f32.const 10)))
    (local.set $c11 (f32x4.splat (f32.const 11)))
    (loop $steps
      (local.set $c0 (f32x4.relaxed_madd (local.get $c0) (local.get $a) (local.get $b)))
      (local.set $c1 (f32x4.relaxed_madd (local.get $c1) (local.get $a) (local.get $b)))
      (local.set $c2 (f32x4.relaxed_madd (local.get $c2) (local.get $a) (local.get $b)))
      (local.set $c3 (f32x4.relaxed_madd (local.get $c3) (local.get $a) (local.get $b)))
      (local.set $c4 (f32x4.relaxed_madd (local.get $c4) (local.get $a) (local.get $b)))
      (local.set $c5 (f32x4.relaxed_madd (local.get $c5) (local.get $a) (local.get $b)))
      (local.set $c6 (f32x4.relaxed_madd (local.get $c6) (local.get $a) (local.get $b)))
      (local.set $c7 (f32x4.relaxed_madd (local.get $c7) (local.get $a) (local.get $b)))
      (local.set $c8 (f32x4.relaxed_madd (local.get $c8) (local.get $a) (local.get $b)))
      (local.set $c9 (f32x4.relaxed_madd (local.get $c9) (local.get $a) (local.get $b)))
      (local.set $c10 (f32x4.relaxed_madd (local.get $c10) (local.get $a) (local.get $b)))
      (local.set $c11 (f32x4.relaxed_madd (local.get $c11) (local.get $a) (local.get $b)))
      (local.set $iterations (i32.sub (local.get $iterations) (i32.const 1)))
      (br_if $steps (i32.gt_s (local.get $iterations) (i32.const 0))))
    (f32x4.extract_lane 0 (f32x4.add (f32x4.add (f32x4.add (f32x4.add (local.get $c0) (local.get $c1)) (f32x4.add (local.get $c2) (local.get $c3))) (f32x4.add (f32x4.add (local.get $c4) (local.get $c5)) (f32x4.add (local.get $c6) (local.get $c7)))) (f32x4.add (f32x4.add (local.get $c8) (local.get $c9)) (f32x4.add (local.get $c10) (local.get $c11))))))

  ;; Sums the f32 values in [$p, $p + $bytes); $bytes is a positive multiple of 64.
  (func (export "stream") (param $p i32) (param $bytes i32) (result f32)
    (local $end i32) (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local.set $end (i32.add (local.get $p) (local.get $bytes)))
    (loop $steps
      (local.set $s0 (f32x4.add (local.get $s0) (v128.load (local.get $p))))
      (local.set $s1 (f32x4.add (local.get $s1) (v128.load offset=16 (local.get $p))))
      (local.set $s2 (f32x4.add (local.get $s2) (v128.load offset=32 (local.get $p))))
      (local.set $s3 (f32x4.add (local.get $s3) (v128.load offset=48 (local.get $p))))
      (local.set $p (i32.add (local.get $p) (i32.const 64)))
      (br_if $steps (i32.lt_u (local.get $p) (local.get $end))))
    (f32x4.extract_lane 0
      (f32x4.add (f32x4.add (local.get $s0) (local.get $s1)) (f32x4.add (local.get $s2) (local.get $s3)))))
)
