using System;

namespace VicidialLeads
{
    /// <summary>
    /// A pipeline row has none of the columns a cmdlet reads: every later row of the same file would fail the same way,
    /// so the run ends here with one error (after everything before the row was written).
    /// </summary>
    internal sealed class InputColumnNotFoundException : Exception
    {
        public InputColumnNotFoundException(string errorId, string message, object row) : base(message)
        {
            ErrorId = errorId;
            Row = row;
        }

        public string ErrorId { get; }

        /// <summary>The row without the column, named as the error's target.</summary>
        public object Row { get; }
    }
}
