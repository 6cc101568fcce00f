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
    /// for the oldest ends when it has, however many slices it takes, times out while it has not, and gives way to a stop.
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
        public async Task A_wait_for_the_oldest_ends_when_it_has_ended_whatever_the_newer_ones_do()
        {
            var window = new OrderedTaskWindow<int>();
            var older = new TaskCompletionSource<int>();
            var newer = new TaskCompletionSource<int>();
            window.Add(older.Task);
            window.Add(newer.Task);

            Task<bool> waiting = Task.Run(() => window.WaitOldest(Bound, CancellationToken.None));
            newer.SetResult(2);
            await Task.Delay(100);
            Assert.False(waiting.IsCompleted);
            older.SetResult(1);
            Assert.True(await waiting.WaitAsync(Bound));
            Assert.Equal(1, await window.TakeOldest());
            Assert.Equal(1, window.Count);
        }

        [Fact]
        public async Task Waiting_in_slices_times_out_each_slice_and_then_sees_the_end_at_once()
        {
            var window = new OrderedTaskWindow<int>();
            var pending = new TaskCompletionSource<int>();
            window.Add(pending.Task);
            for (int slice = 0; slice < 5; slice++)
                Assert.False(window.WaitOldest(TimeSpan.FromMilliseconds(10), CancellationToken.None));

            int slices = 0;
            Task waiting = Task.Run(() =>
            {
                // As the run does: wait in slices until the oldest has ended.
                while (!window.WaitOldest(Bound, CancellationToken.None))
                    slices++;
            });
            await Task.Delay(50);
            pending.SetResult(5);
            await waiting.WaitAsync(Bound);
            Assert.Equal(0, slices);
            Assert.Equal(5, await window.TakeOldest());
            Assert.Equal(0, window.Count);
        }

        [Fact]
        public void A_stop_ends_the_wait()
        {
            var window = new OrderedTaskWindow<int>();
            window.Add(new TaskCompletionSource<int>().Task);
            using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
            Assert.ThrowsAny<OperationCanceledException>(() => window.WaitOldest(Bound, stop.Token));
        }

        [Fact]
        public async Task Keeps_order_over_many_more_tasks_than_it_holds_at_once()
        {
            var window = new OrderedTaskWindow<int>();
            int next = 0;
            for (int i = 0; i < 5000; i++)
            {
                window.Add(Task.FromResult(i));
                while (window.Count >= 16)
                {
                    Assert.True(window.WaitOldest(Bound, CancellationToken.None));
                    Assert.Equal(next++, await window.TakeOldest());
                }
            }
            while (window.TryTakeFinished(out Task<int>? task))
                Assert.Equal(next++, await task!);
            Assert.Equal(5000, next);
        }
    }
}
