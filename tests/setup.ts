// Adds DOM matchers (toBeInTheDocument, toHaveAccessibleName, …) to component tests.
import '@testing-library/jest-dom/vitest';
