using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Transport
{
    /// <summary>
    /// Reads a response stream so that the time-out holds on every runtime: .NET Framework's response stream (Windows
    /// PowerShell 5.1) ignores the cancellation token of ReadAsync, so a body that stalls after its headers would hang
    /// the run. The read is raced against the token, and a cancelled read closes the stream, which ends it.
    /// </summary>
    internal static class CancellableRead
    {
        /// <summary>True on .NET Framework, whose response stream ignores the token; .NET's honours it, so the race is not run there.</summary>
        public static readonly bool StreamIgnoresToken =
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", System.StringComparison.Ordinal);

        /// <summary>Reads into <paramref name="buffer"/> from <paramref name="offset"/>, at most <paramref name="count"/> bytes.</summary>
        /// <param name="streamIgnoresToken">Whether to race the read against the token (<see cref="StreamIgnoresToken"/> for this runtime).</param>
        public static Task<int> ReadAsync(Stream stream, byte[] buffer, int offset, int count, CancellationToken cancellation, bool streamIgnoresToken)
        {
            Task<int> read = stream.ReadAsync(buffer, offset, count, cancellation);
            // On .NET the read itself is returned: no race, and nothing allocated for one.
            return streamIgnoresToken && !read.IsCompleted ? RaceAsync(stream, read, cancellation) : read;
        }

        /// <summary>Reads into the whole of <paramref name="buffer"/>.</summary>
        public static Task<int> ReadAsync(Stream stream, byte[] buffer, CancellationToken cancellation, bool streamIgnoresToken) =>
            ReadAsync(stream, buffer, 0, buffer.Length, cancellation, streamIgnoresToken);

        private static async Task<int> RaceAsync(Stream stream, Task<int> read, CancellationToken cancellation)
        {
            var cancelled = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellation.Register(() => cancelled.TrySetCanceled(cancellation)))
            {
                if (await Task.WhenAny(read, cancelled.Task).ConfigureAwait(false) != read)
                {
                    // The read outlives its token: close the stream under it, and observe its end so nothing is left unobserved.
                    _ = read.ContinueWith(ended => _ = ended.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                    stream.Dispose();
                    cancellation.ThrowIfCancellationRequested();
                }
            }
            return await read.ConfigureAwait(false);
        }
    }
}
