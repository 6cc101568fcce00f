using System;
using System.Collections.Generic;

namespace VicidialLeads.Input
{
    /// <summary>
    /// Groups input values into batches of at most <c>batchSize</c> distinct keys (for functions that take many at once:
    /// lead_search, phone_number_log), keeping input order.
    /// Rejected values and repeats ride along in order so every input gets its answer in place.
    /// </summary>
    internal sealed class InputBatcher
    {
        private readonly int _batchSize;
        private readonly int _maximumInputs;
        private List<InputValue> _inputs = new List<InputValue>();
        private List<string> _keys = new List<string>();
        private HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);

        public InputBatcher(int batchSize)
        {
            if (batchSize < 1) throw new ArgumentOutOfRangeException(nameof(batchSize));
            _batchSize = batchSize;
            // Bounds a batch of repeats and rejected values, so memory stays flat on any input.
            _maximumInputs = batchSize * 4;
        }

        /// <summary>Adds one input; returns a full batch when this input completes one.</summary>
        public InputBatch? Add(InputValue input)
        {
            _inputs.Add(input);
            if (input.Key != null && _seen.Add(input.Key))
                _keys.Add(input.Key);
            if (input.AlternateKey != null && _seen.Add(input.AlternateKey))
                _keys.Add(input.AlternateKey);
            return _keys.Count >= _batchSize || _inputs.Count >= _maximumInputs ? Seal() : null;
        }

        /// <summary>The last, partly filled batch, or null when nothing is waiting.</summary>
        public InputBatch? Flush() => _inputs.Count > 0 ? Seal() : null;

        private InputBatch Seal()
        {
            var batch = new InputBatch(_inputs, _keys);
            _inputs = new List<InputValue>();
            _keys = new List<string>();
            _seen = new HashSet<string>(StringComparer.Ordinal);
            return batch;
        }
    }
}
