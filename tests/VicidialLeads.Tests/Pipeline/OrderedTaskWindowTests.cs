using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Pipeline;
using Xunit;

namespace VicidialLeads.Tests.Pipeline
{
    /// <summary>
    /// The window that hands outcomes back in input order: whatever order tasks end in, they are taken oldest first; a wait
    /// for several ends when all of them have, times out while one has not, and gives way to a stop.
    /// </summary>
    public class OrderedTaskWindowTests
    {
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

        [Fact]
        public async Task Hands_tasks_back_in_the_order_added_whatever_order_they_end_in()
        {
            var window = new OrderedTaskWindow<int>();
            var sources = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource<int>()).ToArray();
            foreach (var source in sources)
                window.Add(source.Task);

            sources[2].SetResult(2);
            sources[1].SetResult(1);
            Assert.False(window.TryTakeFinished(out _));
            sources[0].SetResult(0);
            Assert.True(window.TryTakeFinished(out Task<int>? first));
            Assert.True(window.TryTakeFinished(out Task<int>? second));
            Assert.True(window.TryTakeFinished(out Task<int>? third));
            Assert.False(window.TryTakeFinished(out _));
            Assert.Equal(new[] { 0, 1, 2 }, new[] { await first!, await second!, await third! });
            Assert.Equal(1, window.Count);
        }

        [Fact]
        public async Task A_wait_for_several_ends_only_when_every_one_of_them_has()
        {
            var window = new OrderedTaskWindow<int>();
            var sources = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource<int>()).ToArray();
            foreach (var source in sources)
                window.Add(source.Task);

            Task<bool> waiting = Task.Run(() => window.WaitOldest(2, Bound, CancellationToken.None));
            sources[1].SetResult(1);
            // The newest of the two has ended, the oldest has not: the wait goes on.
            await Task.Delay(100);
            Assert.False(waiting.IsCompleted);
            sources[0].SetResult(0);
            Assert.True(await waiting.WaitAsync(Bound));
            Assert.Equal(0, await window.TakeOldest());
            Assert.Equal(1, await window.TakeOldest());
            Assert.Equal(1, window.Count);
        }

        [Fact]
        public async Task A_wait_times_out_while_a_task_has_not_ended_and_a_later_wait_still_sees_it_end()
        {
            var window = new OrderedTaskWindow<int>();
            var pending = new TaskCompletionSource<int>();
            window.Add(pending.Task);

            Assert.False(window.WaitOldest(1, TimeSpan.FromMilliseconds(50), CancellationToken.None));
            pending.SetResult(5);
            Assert.True(window.WaitOldest(1, Bound, CancellationToken.None));
            Assert.Equal(5, await window.TakeOldest());
            Assert.Equal(0, window.Count);
        }

        [Fact]
        public async Task A_wait_woken_by_another_tasks_end_waits_on_for_its_own_without_spinning()
        {
            var window = new OrderedTaskWindow<int>();
            var older = new TaskCompletionSource<int>();
            var newer = new TaskCompletionSource<int>();
            window.Add(older.Task);
            window.Add(newer.Task);
            // A slice that waited on the newer task and timed out leaves its wake-up behind.
            Assert.False(window.WaitOldest(2, TimeSpan.FromMilliseconds(20), CancellationToken.None));

            int slices = 0;
            Task waiting = Task.Run(() =>
            {
                // As the run does: wait in slices until the oldest has ended.
                while (!window.WaitOldest(1, Bound, CancellationToken.None))
                    slices++;
            });
            await Task.Delay(50);
            newer.SetResult(2);
            await Task.Delay(100);
            Assert.False(waiting.IsCompleted);
            older.SetResult(1);
            await waiting.WaitAsync(Bound);
            Assert.InRange(slices, 0, 1);
            Assert.Equal(1, await window.TakeOldest());
        }

        [Fact]
        public void A_stop_ends_the_wait()
        {
            var window = new OrderedTaskWindow<int>();
            window.Add(new TaskCompletionSource<int>().Task);
            using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
            Assert.ThrowsAny<OperationCanceledException>(() => window.WaitOldest(1, Bound, stop.Token));
        }

        [Fact]
        public async Task Keeps_order_over_many_more_tasks_than_it_holds_at_once()
        {
            var window = new OrderedTaskWindow<int>();
            int next = 0;
            for (int i = 0; i < 5000; i++)
            {
                window.Add(Task.FromResult(i));
                if (window.Count >= 16)
                {
                    Assert.True(window.WaitOldest(8, Bound, CancellationToken.None));
                    for (int taken = 0; taken < 8; taken++)
                        Assert.Equal(next++, await window.TakeOldest());
                }
            }
            while (window.TryTakeFinished(out Task<int>? task))
                Assert.Equal(next++, await task!);
            Assert.Equal(5000, next);
        }
    }
}
