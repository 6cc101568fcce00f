using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Pipeline;
using Xunit;

namespace VicidialLeads.Tests.Pipeline
{
    /// <summary>
    /// The workers that run a run's requests: never more than the limit at once, started in the order queued; work that
    /// runs ends with its own outcome, and work not started when the run stops is cancelled.
    /// </summary>
    public class RequestWorkersTests
    {
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

        [Fact]
        public async Task Runs_at_most_the_limit_at_once_and_starts_the_next_queued_as_one_ends()
        {
            var workers = new RequestWorkers<int>(2, CancellationToken.None);
            var gates = Enumerable.Range(0, 5).Select(_ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
            var started = new List<int>();
            int running = 0, most = 0;
            var runs = Enumerable.Range(0, 5).Select(i => workers.Run(async _ =>
            {
                lock (started)
                {
                    started.Add(i);
                    most = Math.Max(most, ++running);
                }
                int result = await gates[i].Task;
                lock (started) running--;
                return result;
            })).ToArray();

            await WaitUntil(() => Started(started) == 2);
            // The first two start together, on two workers: which one records its start first is a race.
            Assert.Equal(new[] { 0, 1 }, Snapshot(started).OrderBy(i => i));
            gates[1].SetResult(10);
            Assert.Equal(10, await runs[1].WaitAsync(Bound));
            await WaitUntil(() => Started(started) == 3);
            Assert.Equal(2, Snapshot(started)[2]);
            foreach (int i in new[] { 0, 2, 3, 4 })
                gates[i].SetResult(i);
            Assert.Equal(new[] { 0, 10, 2, 3, 4 }, await Task.WhenAll(runs).WaitAsync(Bound));
            // The last two may start together too.
            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, Snapshot(started).OrderBy(i => i));
            Assert.Equal(2, most);
        }

        [Fact]
        public async Task A_failure_is_its_own_outcome_and_the_next_work_still_runs()
        {
            var workers = new RequestWorkers<int>(1, CancellationToken.None);
            Task<int> failing = workers.Run(_ => throw new InvalidOperationException("boom"));
            Task<int> next = workers.Run(_ => Task.FromResult(7));
            await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WaitAsync(Bound));
            Assert.Equal(7, await next.WaitAsync(Bound));
        }

        [Fact]
        public async Task Work_queued_after_the_stop_is_cancelled_without_running()
        {
            using var stop = new CancellationTokenSource();
            var workers = new RequestWorkers<int>(1, stop.Token);
            var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            bool ran = false, firstStarted = false;
            Task<int> first = workers.Run(_ =>
            {
                Volatile.Write(ref firstStarted, true);
                return gate.Task;
            });
            Task<int> second = workers.Run(_ =>
            {
                ran = true;
                return Task.FromResult(2);
            });
            await WaitUntil(() => Volatile.Read(ref firstStarted));
            stop.Cancel();
            gate.SetResult(1);
            Assert.Equal(1, await first.WaitAsync(Bound));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(Bound));
            Assert.False(ran);
        }

        private static int Started(List<int> started)
        {
            lock (started) return started.Count;
        }

        private static int[] Snapshot(List<int> started)
        {
            lock (started) return started.ToArray();
        }

        /// <summary>Waits, boundedly, for work started on the thread pool.</summary>
        private static async Task WaitUntil(Func<bool> condition)
        {
            for (int i = 0; i < 1000 && !condition(); i++)
                await Task.Delay(10);
            Assert.True(condition());
        }
    }
}
