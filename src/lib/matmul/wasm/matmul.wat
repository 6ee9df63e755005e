;; C = A × B for row-major float32 matrices, with 128-bit WebAssembly SIMD.
;;
;; The structure is the GotoBLAS one the tiled JavaScript kernel also uses:
;; B is packed a KC×NC block at a time into 8-wide column panels, A an MC×KC
;; block at a time into MR-tall row panels, and an MR×8 micro-kernel keeps
;; its tile of C in v128 registers, so each step of its inner loop does 2
;; loads of B, MR broadcast loads of A and 2·MR SIMD multiply-adds.
;; Panels are zero-padded at the edges, so the inner loop never checks
;; bounds; only the write-back of an edge tile does.
;;
;; MR is the caller's choice, 6 or 4 (src/lib/matmul/wasm-simd.ts picks it
;; per build). A fused multiply-add takes about 4 cycles on two pipes, so it
;; needs 8 independent accumulators in flight and runs best with slack: the
;; 6×8 tile has 12, which with the two B vectors and the broadcast A value
;; fill 15 of x86-64's 16 vector registers. A separate multiply and add need
;; one more register for the product, so there 6×8 would spill an
;; accumulator to memory in every step; the plain build uses 4×8, whose 8
;; accumulators cover an add's shorter latency.
;;
;; Sizes in bytes: KC = 256 (a B micro-panel, 256×8×4 = 8 KiB, stays in L1),
;; MC = 120 (a multiple of both MRs; the packed A block, 120 KiB, stays in
;; L2), NC = 512 (the packed B block, 512 KiB).
;;
;; The memory is imported so the threaded build can share one buffer across
;; workers; each worker calls $matmul on its own rows of A and C with its own
;; workspace. The module has no data segments, globals or stack, so sharing
;; an instance's memory is safe. scripts/vite-plugin-wat.mjs drops the word
;; "shared" below to build the single-thread variant for pages that are not
;; cross-origin isolated.
;;
;; The micro-kernel's multiply-adds are relaxed SIMD's f32x4.relaxed_madd,
;; fused where the processor has FMA (one rounding instead of two, so never
;; less accurate than a multiply and an add). Browsers without relaxed SIMD
;; get the plain build, where the plugin rewrites each into f32x4.mul +
;; f32x4.add.
(module
  (import "env" "memory" (memory 1 65536 shared))

  ;; Bytes of workspace one call needs: a 6×8 edge tile, packed B, packed A (MC×KC).
  (func (export "workspace_bytes") (result i32)
    (i32.const 647360)) ;; 192 + 256*512*4 + 120*256*4

  ;; Copies B[pc..pc+kc, jc..jc+nc] into 8-wide, k-major panels at $out.
  (func $pack_b (param $b i32) (param $n i32) (param $pc i32) (param $kc i32)
                (param $jc i32) (param $nc i32) (param $out i32)
    (local $jp i32) (local $p i32) (local $src i32) (local $width i32)
    (local $jj i32) (local $ldb i32)
    (local.set $ldb (i32.shl (local.get $n) (i32.const 2)))
    (block $done
      (loop $panels
        (br_if $done (i32.ge_s (local.get $jp) (local.get $nc)))
        (local.set $width (i32.sub (local.get $nc) (local.get $jp)))
        (local.set $src
          (i32.add (local.get $b)
            (i32.shl
              (i32.add (i32.mul (local.get $pc) (local.get $n))
                       (i32.add (local.get $jc) (local.get $jp)))
              (i32.const 2))))
        (local.set $p (i32.const 0))
        (if (i32.ge_s (local.get $width) (i32.const 8))
          (then
            (loop $rows
              (v128.store (local.get $out) (v128.load (local.get $src)))
              (v128.store offset=16 (local.get $out) (v128.load offset=16 (local.get $src)))
              (local.set $out (i32.add (local.get $out) (i32.const 32)))
              (local.set $src (i32.add (local.get $src) (local.get $ldb)))
              (local.set $p (i32.add (local.get $p) (i32.const 1)))
              (br_if $rows (i32.lt_s (local.get $p) (local.get $kc)))))
          (else
            (loop $rows
              (local.set $jj (i32.const 0))
              (loop $cols
                (f32.store (local.get $out)
                  (if (result f32) (i32.lt_s (local.get $jj) (local.get $width))
                    (then (f32.load (i32.add (local.get $src) (i32.shl (local.get $jj) (i32.const 2)))))
                    (else (f32.const 0))))
                (local.set $out (i32.add (local.get $out) (i32.const 4)))
                (local.set $jj (i32.add (local.get $jj) (i32.const 1)))
                (br_if $cols (i32.lt_s (local.get $jj) (i32.const 8))))
              (local.set $src (i32.add (local.get $src) (local.get $ldb)))
              (local.set $p (i32.add (local.get $p) (i32.const 1)))
              (br_if $rows (i32.lt_s (local.get $p) (local.get $kc))))))
        (local.set $jp (i32.add (local.get $jp) (i32.const 8)))
        (br $panels))))

  ;; Copies A[ic..ic+mc, pc..pc+kc] into $mr-tall (4 or 6), k-major panels at $out.
  (func $pack_a (param $a i32) (param $k i32) (param $ic i32) (param $mc i32)
                (param $pc i32) (param $kc i32) (param $out i32) (param $mr i32)
    (local $ip i32) (local $p i32) (local $src i32) (local $height i32)
    (local $ii i32) (local $lda i32)
    (local.set $lda (i32.shl (local.get $k) (i32.const 2)))
    (block $done
      (loop $panels
        (br_if $done (i32.ge_s (local.get $ip) (local.get $mc)))
        (local.set $height (i32.sub (local.get $mc) (local.get $ip)))
        (local.set $src
          (i32.add (local.get $a)
            (i32.shl
              (i32.add (i32.mul (i32.add (local.get $ic) (local.get $ip)) (local.get $k))
                       (local.get $pc))
              (i32.const 2))))
        (local.set $p (i32.const 0))
        (if (i32.ge_s (local.get $height) (local.get $mr))
          (then
            (loop $steps
              (f32.store (local.get $out) (f32.load (local.get $src)))
              (f32.store offset=4 (local.get $out)
                (f32.load (i32.add (local.get $src) (local.get $lda))))
              (f32.store offset=8 (local.get $out)
                (f32.load (i32.add (local.get $src) (i32.shl (local.get $lda) (i32.const 1)))))
              (f32.store offset=12 (local.get $out)
                (f32.load (i32.add (local.get $src) (i32.mul (local.get $lda) (i32.const 3)))))
              (if (i32.eq (local.get $mr) (i32.const 6))
                (then
                  (f32.store offset=16 (local.get $out)
                    (f32.load (i32.add (local.get $src) (i32.shl (local.get $lda) (i32.const 2)))))
                  (f32.store offset=20 (local.get $out)
                    (f32.load (i32.add (local.get $src) (i32.mul (local.get $lda) (i32.const 5)))))))
              (local.set $out (i32.add (local.get $out) (i32.shl (local.get $mr) (i32.const 2))))
              (local.set $src (i32.add (local.get $src) (i32.const 4)))
              (local.set $p (i32.add (local.get $p) (i32.const 1)))
              (br_if $steps (i32.lt_s (local.get $p) (local.get $kc)))))
          (else
            (loop $steps
              (local.set $ii (i32.const 0))
              (loop $rows
                (f32.store (local.get $out)
                  (if (result f32) (i32.lt_s (local.get $ii) (local.get $height))
                    (then (f32.load (i32.add (local.get $src) (i32.mul (local.get $ii) (local.get $lda)))))
                    (else (f32.const 0))))
                (local.set $out (i32.add (local.get $out) (i32.const 4)))
                (local.set $ii (i32.add (local.get $ii) (i32.const 1)))
                (br_if $rows (i32.lt_s (local.get $ii) (local.get $mr))))
              (local.set $src (i32.add (local.get $src) (i32.const 4)))
              (local.set $p (i32.add (local.get $p) (i32.const 1)))
              (br_if $steps (i32.lt_s (local.get $p) (local.get $kc))))))
        (local.set $ip (i32.add (local.get $ip) (local.get $mr)))
        (br $panels))))

  ;; C[0..rows, 0..cols] (row stride $ldc bytes) += the first rows×cols of a tile stored 8 floats a row.
  (func $add_tile (param $c i32) (param $ldc i32) (param $rows i32) (param $cols i32) (param $tile i32)
    (local $i i32) (local $j i32) (local $dst i32)
    (loop $tile_rows
      (local.set $j (i32.const 0))
      (loop $tile_cols
        (local.set $dst
          (i32.add (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc)))
                   (i32.shl (local.get $j) (i32.const 2))))
        (f32.store (local.get $dst)
          (f32.add (f32.load (local.get $dst))
                   (f32.load (i32.add (local.get $tile)
                     (i32.shl (i32.add (i32.shl (local.get $i) (i32.const 3)) (local.get $j)) (i32.const 2))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $tile_cols (i32.lt_s (local.get $j) (local.get $cols))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $tile_rows (i32.lt_s (local.get $i) (local.get $rows)))))

  ;; C tile (rows×cols, at most 6×8, row stride $ldc bytes) += packed A panel × packed B panel.
  (func $micro6 (param $pa i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldc i32)
                (param $rows i32) (param $cols i32) (param $tile i32)
    (local $end i32) (local $av v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $c40 v128) (local $c41 v128) (local $c50 v128) (local $c51 v128)
    (local.set $end (i32.add (local.get $pa) (i32.mul (local.get $kc) (i32.const 24))))
    (loop $steps
      (local.set $b0 (v128.load (local.get $pb)))
      (local.set $b1 (v128.load offset=16 (local.get $pb)))
      (local.set $av (v128.load32_splat (local.get $pa)))
      (local.set $c00 (f32x4.relaxed_madd (local.get $av) (local.get $b0) (local.get $c00)))
      (local.set $c01 (f32x4.relaxed_madd (local.get $av) (local.get $b1) (local.get $c01)))
      (local.set $av (v128.load32_splat offset=4 (local.get $pa)))
      (local.set $c10 (f32x4.relaxed_madd (local.get $av) (local.get $b0) (local.get $c10)))
      (local.set $c11 (f32x4.relaxed_madd (local.get $av) (local.get $b1) (local.get $c11)))
      (local.set $av (v128.load32_splat offset=8 (local.get $pa)))
      (local.set $c20 (f32x4.relaxed_madd (local.get $av) (local.get $b0) (local.get $c20)))
      (local.set $c21 (f32x4.relaxed_madd (local.get $av) (local.get $b1) (local.get $c21)))
      (local.set $av (v128.load32_splat offset=12 (local.get $pa)))
      (local.set $c30 (f32x4.relaxed_madd (local.get $av) (local.get $b0) (local.get $c30)))
      (local.set $c31 (f32x4.relaxed_madd (local.get $av) (local.get $b1) (local.get $c31)))
      (local.set $av (v128.load32_splat offset=16 (local.get $pa)))
      (local.set $c40 (f32x4.relaxed_madd (local.get $av) (local.get $b0) (local.get $c40)))
      (local.set $c41 (f32x4.relaxed_madd (local.get $av) (local.get $b1) (local.get $c41)))
      (local.set $av (v128.load32_splat offset=20 (local.get $pa)))
      (local.set $c50 (f32x4.relaxed_madd (local.get $av) (local.get $b0) (local.get $c50)))
      (local.set $c51 (f32x4.relaxed_madd (local.get $av) (local.get $b1) (local.get $c51)))
      (local.set $pa (i32.add (local.get $pa) (i32.const 24)))
      (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
      (br_if $steps (i32.lt_u (local.get $pa) (local.get $end))))
    (if (i32.and (i32.eq (local.get $rows) (i32.const 6)) (i32.eq (local.get $cols) (i32.const 8)))
      (then
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (local.get $c00)))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (local.get $c01)))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (local.get $c10)))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (local.get $c11)))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (local.get $c20)))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (local.get $c21)))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (local.get $c30)))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (local.get $c31)))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (local.get $c40)))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (local.get $c41)))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (local.get $c50)))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (local.get $c51)))
        (return)))
    ;; Edge tile: spill the accumulators, then add only the part inside C.
    (v128.store offset=0 (local.get $tile) (local.get $c00))
    (v128.store offset=16 (local.get $tile) (local.get $c01))
    (v128.store offset=32 (local.get $tile) (local.get $c10))
    (v128.store offset=48 (local.get $tile) (local.get $c11))
    (v128.store offset=64 (local.get $tile) (local.get $c20))
    (v128.store offset=80 (local.get $tile) (local.get $c21))
    (v128.store offset=96 (local.get $tile) (local.get $c30))
    (v128.store offset=112 (local.get $tile) (local.get $c31))
    (v128.store offset=128 (local.get $tile) (local.get $c40))
    (v128.store offset=144 (local.get $tile) (local.get $c41))
    (v128.store offset=160 (local.get $tile) (local.get $c50))
    (v128.store offset=176 (local.get $tile) (local.get $c51))
    (call $add_tile (local.get $c) (local.get $ldc) (local.get $rows) (local.get $cols) (local.get $tile)))

  ;; C tile (rows×cols, at most 4×8, row stride $ldc bytes) += packed A panel × packed B panel.
  (func $micro4 (param $pa i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldc i32)
                (param $rows i32) (param $cols i32) (param $tile i32)
    (local $end i32) (local $av v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $end (i32.add (local.get $pa) (i32.mul (local.get $kc) (i32.const 16))))
    (loop $steps
      (local.set $b0 (v128.load (local.get $pb)))
      (local.set $b1 (v128.load offset=16 (local.get $pb)))
      (local.set $av (v128.load32_splat (local.get $pa)))
      (local.set $c00 (f32x4.relaxed_madd (local.get $av) (local.get $b0) (local.get $c00)))
      (local.set $c01 (f32x4.relaxed_madd (local.get $av) (local.get $b1) (local.get $c01)))
      (local.set $av (v128.load32_splat offset=4 (local.get $pa)))
      (local.set $c10 (f32x4.relaxed_madd (local.get $av) (local.get $b0) (local.get $c10)))
      (local.set $c11 (f32x4.relaxed_madd (local.get $av) (local.get $b1) (local.get $c11)))
      (local.set $av (v128.load32_splat offset=8 (local.get $pa)))
      (local.set $c20 (f32x4.relaxed_madd (local.get $av) (local.get $b0) (local.get $c20)))
      (local.set $c21 (f32x4.relaxed_madd (local.get $av) (local.get $b1) (local.get $c21)))
      (local.set $av (v128.load32_splat offset=12 (local.get $pa)))
      (local.set $c30 (f32x4.relaxed_madd (local.get $av) (local.get $b0) (local.get $c30)))
      (local.set $c31 (f32x4.relaxed_madd (local.get $av) (local.get $b1) (local.get $c31)))
      (local.set $pa (i32.add (local.get $pa) (i32.const 16)))
      (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
      (br_if $steps (i32.lt_u (local.get $pa) (local.get $end))))
    (if (i32.and (i32.eq (local.get $rows) (i32.const 4)) (i32.eq (local.get $cols) (i32.const 8)))
      (then
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (local.get $c00)))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (local.get $c01)))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (local.get $c10)))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (local.get $c11)))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (local.get $c20)))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (local.get $c21)))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (v128.load (local.get $c)) (local.get $c30)))
        (v128.store offset=16 (local.get $c) (f32x4.add (v128.load offset=16 (local.get $c)) (local.get $c31)))
        (return)))
    ;; Edge tile: spill the accumulators, then add only the part inside C.
    (v128.store offset=0 (local.get $tile) (local.get $c00))
    (v128.store offset=16 (local.get $tile) (local.get $c01))
    (v128.store offset=32 (local.get $tile) (local.get $c10))
    (v128.store offset=48 (local.get $tile) (local.get $c11))
    (v128.store offset=64 (local.get $tile) (local.get $c20))
    (v128.store offset=80 (local.get $tile) (local.get $c21))
    (v128.store offset=96 (local.get $tile) (local.get $c30))
    (v128.store offset=112 (local.get $tile) (local.get $c31))
    (call $add_tile (local.get $c) (local.get $ldc) (local.get $rows) (local.get $cols) (local.get $tile)))

  ;; C (m×n at byte offset $c) = A (m×k at $a) × B (k×n at $b) with $mr×8
  ;; tiles ($mr is 6 or 4); $work points at workspace_bytes() bytes this call
  ;; may overwrite. Requires m, k, n ≥ 1.
  (func (export "matmul") (param $m i32) (param $k i32) (param $n i32)
                          (param $a i32) (param $b i32) (param $c i32) (param $work i32)
                          (param $mr i32)
    (local $pa i32) (local $pb i32) (local $ct i32) (local $rows i32) (local $cols i32)
    (local $jc i32) (local $nc i32) (local $pc i32) (local $kc i32)
    (local $ic i32) (local $mc i32) (local $jr i32) (local $ir i32)
    (local $packed_b i32) (local $packed_a i32) (local $ldc i32)
    (local.set $packed_b (i32.add (local.get $work) (i32.const 192)))
    (local.set $packed_a (i32.add (local.get $packed_b) (i32.const 524288))) ;; 256*512*4
    (local.set $ldc (i32.shl (local.get $n) (i32.const 2)))
    (memory.fill (local.get $c) (i32.const 0) (i32.mul (i32.mul (local.get $m) (local.get $n)) (i32.const 4)))
    (loop $jc_loop
      (local.set $nc (select (i32.const 512) (i32.sub (local.get $n) (local.get $jc))
                       (i32.lt_s (i32.const 512) (i32.sub (local.get $n) (local.get $jc)))))
      (local.set $pc (i32.const 0))
      (loop $pc_loop
        (local.set $kc (select (i32.const 256) (i32.sub (local.get $k) (local.get $pc))
                         (i32.lt_s (i32.const 256) (i32.sub (local.get $k) (local.get $pc)))))
        (call $pack_b (local.get $b) (local.get $n) (local.get $pc) (local.get $kc)
                      (local.get $jc) (local.get $nc) (local.get $packed_b))
        (local.set $ic (i32.const 0))
        (loop $ic_loop
          (local.set $mc (select (i32.const 120) (i32.sub (local.get $m) (local.get $ic))
                           (i32.lt_s (i32.const 120) (i32.sub (local.get $m) (local.get $ic)))))
          (call $pack_a (local.get $a) (local.get $k) (local.get $ic) (local.get $mc)
                        (local.get $pc) (local.get $kc) (local.get $packed_a) (local.get $mr))
          (local.set $jr (i32.const 0))
          (loop $jr_loop
            (local.set $ir (i32.const 0))
            (loop $ir_loop
              (local.set $pa (i32.add (local.get $packed_a) (i32.shl (i32.mul (local.get $ir) (local.get $kc)) (i32.const 2))))
              (local.set $pb (i32.add (local.get $packed_b) (i32.shl (i32.mul (local.get $jr) (local.get $kc)) (i32.const 2))))
              (local.set $ct
                (i32.add (local.get $c)
                  (i32.shl (i32.add (i32.mul (i32.add (local.get $ic) (local.get $ir)) (local.get $n))
                                    (i32.add (local.get $jc) (local.get $jr)))
                           (i32.const 2))))
              (local.set $rows (select (local.get $mr) (i32.sub (local.get $mc) (local.get $ir))
                                 (i32.lt_s (local.get $mr) (i32.sub (local.get $mc) (local.get $ir)))))
              (local.set $cols (select (i32.const 8) (i32.sub (local.get $nc) (local.get $jr))
                                 (i32.lt_s (i32.const 8) (i32.sub (local.get $nc) (local.get $jr)))))
              (if (i32.eq (local.get $mr) (i32.const 6))
                (then (call $micro6 (local.get $pa) (local.get $pb) (local.get $kc) (local.get $ct) (local.get $ldc)
                                    (local.get $rows) (local.get $cols) (local.get $work)))
                (else (call $micro4 (local.get $pa) (local.get $pb) (local.get $kc) (local.get $ct) (local.get $ldc)
                                    (local.get $rows) (local.get $cols) (local.get $work))))
              (local.set $ir (i32.add (local.get $ir) (local.get $mr)))
              (br_if $ir_loop (i32.lt_s (local.get $ir) (local.get $mc))))
            (local.set $jr (i32.add (local.get $jr) (i32.const 8)))
            (br_if $jr_loop (i32.lt_s (local.get $jr) (local.get $nc))))
          (local.set $ic (i32.add (local.get $ic) (i32.const 120)))
          (br_if $ic_loop (i32.lt_s (local.get $ic) (local.get $m))))
        (local.set $pc (i32.add (local.get $pc) (i32.const 256)))
        (br_if $pc_loop (i32.lt_s (local.get $pc) (local.get $k))))
      (local.set $jc (i32.add (local.get $jc) (i32.const 512)))
      (br_if $jc_loop (i32.lt_s (local.get $jc) (local.get $n)))))
)
