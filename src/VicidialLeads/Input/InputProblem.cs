namespace VicidialLeads.Input
{
    /// <summary>A parameter or value the module refuses before anything is sent: what is wrong, and what to do.</summary>
    internal sealed class InputProblem
    {
        public InputProblem(string errorId, string message, object? target, string? recommendedAction = null)
        {
            ErrorId = errorId;
            Message = message;
            Target = target;
            RecommendedAction = recommendedAction;
        }

        public string ErrorId { get; }
        public string Message { get; }

        /// <summary>The value refused, named as the error's target.</summary>
        public object? Target { get; }

        public string? RecommendedAction { get; }
    }
}
