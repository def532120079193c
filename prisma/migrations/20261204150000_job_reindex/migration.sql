-- AlterEnum
ALTER TYPE "JobKind" ADD VALUE 'reindex';
