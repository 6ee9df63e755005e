import { defineStrings } from '../translate.ts';

/** Interface strings of the latency-against-throughput explainer. */
export const strings = defineStrings({
  en: {
    title: 'A sports car against a lorry',
    intro:
      'A sports car gets one parcel across town fastest; a lorry is slow to load and slow to drive, but carries a thousand parcels per trip. Processors trade off the same way. Change the job and the two machines to see which one finishes first.',
    tasks: 'Number of independent tasks',
    work: 'Work per task',
    machineA: 'Machine A: a few fast cores (like a CPU)',
    machineB: 'Machine B: many slow cores (like a GPU)',
    cores: 'Cores',
    speed: 'GFLOPS per core',
    overhead: 'Fixed overhead: copying data and launching (µs)',
    operations: '{value} operations',
    tasksValue: '{value} tasks',
    timeA: 'Machine A finishes in',
    timeB: 'Machine B finishes in',
    winnerA: 'Machine A finishes first.',
    winnerB: 'Machine B finishes first.',
    tie: 'Both finish at the same moment.',
    crossover: 'Machine B finishes first for every job of {n} tasks or more.',
    flips:
      'It already wins at {first} tasks, but the lead changes hands a few times below {n}: both machines work in whole rounds of one task per core.',
    noCrossover: 'Machine B never pulls ahead for good: all its cores together are not faster than machine A’s.',
    whySmall:
      'With few tasks, most of machine B’s cores have nothing to do, and it still pays its overhead and its slow per-task time. Machine A’s fast cores are done before B has started. Only when there are enough tasks to keep B’s cores busy does its total speed win.',
    chartTitle: 'Finishing time against number of tasks (both axes logarithmic)',
    axisTasks: 'tasks',
    legendA: 'Machine A',
    legendB: 'Machine B',
    legendNow: 'your job',
    legendCross: 'B ahead from here on',
    summary:
      'Chart: at {tasks}, machine A finishes in {a} and machine B in {b}. Machine A’s time grows in step with the number of tasks; machine B’s starts higher, because of its overhead and slower cores, and stays flat until all its cores are busy. {cross}',
  },
  'zh-cn': {
    title: '跑车对比卡车',
    intro:
      '送一个包裹穿过城市，跑车最快；卡车装货慢、开得也慢，但一趟能拉一千个包裹。处理器也面临同样的取舍。改一改任务和两台机器的参数，看看谁先完成。',
    tasks: '独立任务的数量',
    work: '每个任务的计算量',
    machineA: '机器 A：几个快核心（类似 CPU）',
    machineB: '机器 B：很多慢核心（类似 GPU）',
    cores: '核心数',
    speed: '每个核心的 GFLOPS',
    overhead: '固定开销：复制数据和启动（µs）',
    operations: '{value}次运算',
    tasksValue: '{value}个任务',
    timeA: '机器 A 完成用时',
    timeB: '机器 B 完成用时',
    winnerA: '机器 A 先完成。',
    winnerB: '机器 B 先完成。',
    tie: '两台机器同时完成。',
    crossover: '任务数达到 {n} 个及以上时，机器 B 总是先完成。',
    flips: '机器 B 在 {first} 个任务时就已领先，但在 {n} 个以下，领先者会来回换几次：两台机器都是每个核心一次一个任务、一轮一轮地做。',
    noCrossover: '机器 B 始终无法稳定领先：它所有核心加起来也不比机器 A 快。',
    whySmall:
      '任务少的时候，机器 B 的大部分核心无事可做，却仍要付出固定开销和较慢的单任务时间。B 还没开始，A 的快核心就已经做完了。只有任务多到能让 B 的核心都忙起来，它的总速度才占上风。',
    chartTitle: '完成时间与任务数量的关系（两条坐标轴都是对数刻度）',
    axisTasks: '任务数',
    legendA: '机器 A',
    legendB: '机器 B',
    legendNow: '当前任务量',
    legendCross: '从这里起 B 领先',
    summary:
      '图表：{tasks}时，机器 A 用时 {a}，机器 B 用时 {b}。机器 A 的用时随任务数同步增长；机器 B 因为有固定开销、核心又慢，起点更高，但在所有核心忙起来之前一直持平。{cross}',
  },
});
