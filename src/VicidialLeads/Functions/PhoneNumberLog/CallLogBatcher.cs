using System;
using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.PhoneNumberLog
{
    /// <summary>
    /// Groups pipeline input into batches of at most <c>batchSize</c> distinct numbers, keeping input order. Rejected
    /// values and repeats ride along in order, so every input gets its answer in place.
    /// </summary>
    internal sealed class CallLogBatcher
    {
        private readonly int _batchSize;
        private readonly int _maximumInputs;
        private List<InputValue> _inputs = new List<InputValue>();
        private List<string> _keys = new List<string>();
        private HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);

        public CallLogBatcher(int batchSize)
        {
            if (batchSize < 1) throw new ArgumentOutOfRangeException(nameof(batchSize));
            _batchSize = batchSize;
            // Bounds a batch of repeats and rejected values, so memory stays flat on any input.
            _maximumInputs = batchSize * 4;
        }

        /// <summary>Adds one input; returns a full batch when this input completes one.</summary>
        public CallLogBatch? Add(InputValue input)
        {
            _inputs.Add(input);
            if (input.Key != null && _seen.Add(input.Key))
                _keys.Add(input.Key);
            if (input.AlternateKey != null && _seen.Add(input.AlternateKey))
                _keys.Add(input.AlternateKey);
            return _keys.Count >= _batchSize || _inputs.Count >= _maximumInputs ? Seal() : null;
        }

        /// <summary>The last, partly filled batch, or null when nothing is waiting.</summary>
        public CallLogBatch? Flush() => _inputs.Count > 0 ? Seal() : null;

        private CallLogBatch Seal()
        {
            var batch = new CallLogBatch(_inputs, _keys);
            _inputs = new List<InputValue>();
            _keys = new List<string>();
            _seen = new HashSet<string>(StringComparer.Ordinal);
            return batch;
        }
    }
}
